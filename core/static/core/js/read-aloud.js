/* "Læs op": read the page's main content aloud with the browser's own speech synthesis.
 *
 * No third-party service: window.speechSynthesis only, a Danish voice (da-DK) when the
 * browser has one. The controls (core/templates/core/read_aloud.html) are rendered hidden
 * and shown here only when the browser can speak and has at least one voice, so without
 * JavaScript or speech nothing is shown. A static file, so the CSP (script-src 'self') holds.
 *
 * One toggle button (aria-pressed): press to read, press again to pause, again to resume.
 * "Stop" ends reading. The text is main's <article> (or <main> without the page tools).
 */
(function () {
  "use strict";

  var root = document.querySelector("[data-read-aloud]");
  var synth = window.speechSynthesis;
  if (!root || !synth || typeof window.SpeechSynthesisUtterance !== "function") return;

  var play = root.querySelector("[data-read-aloud-play]");
  var stop = root.querySelector("[data-read-aloud-stop]");
  var status = root.querySelector("[data-read-aloud-status]");
  var state = "idle"; // idle | playing | paused
  var run = 0; // a new reading ignores the end events of an older, cancelled one

  function pageLanguage() {
    var main = document.querySelector("main");
    return ((main && main.getAttribute("lang")) || document.documentElement.lang || "da")
      .toLowerCase();
  }

  // The best voice for the page's language: exact region first (da-DK), then any da-*.
  function chooseVoice(voices) {
    var lang = pageLanguage().split("-")[0];
    var preferred = lang === "da" ? "da-dk" : lang;
    var same = voices.filter(function (v) {
      return (v.lang || "").toLowerCase().replace("_", "-").split("-")[0] === lang;
    });
    var exact = same.filter(function (v) {
      return (v.lang || "").toLowerCase().replace("_", "-") === preferred;
    });
    return exact[0] || same[0] || null;
  }

  // Main content as lines of text: the article, else <main> without the page tools.
  function mainText() {
    var main = document.querySelector("main");
    if (!main) return "";
    var article = main.querySelector("article");
    if (article) return article.innerText;
    var parts = [];
    Array.prototype.forEach.call(main.children, function (child) {
      if (child.closest("[data-read-aloud-skip]") || child.hidden) return;
      parts.push(child.innerText);
    });
    return parts.join("\n");
  }

  // Short utterances: some browsers stop a long one after about 15 seconds.
  function chunks(text) {
    return text
      .replace(/([.!?])\s+/g, "$1\n")
      .split(/\n+/)
      .map(function (part) { return part.trim(); })
      .filter(Boolean);
  }

  function setState(next) {
    state = next;
    play.setAttribute("aria-pressed", next === "playing" ? "true" : "false");
    stop.disabled = next === "idle";
    root.dataset.state = next;
    var message = { playing: status.dataset.playing, paused: status.dataset.paused };
    status.textContent = message[next] || (next === "idle" && status.textContent ? status.dataset.stopped : "");
  }

  function start() {
    var parts = chunks(mainText());
    if (!parts.length) return;
    synth.cancel();
    run += 1;
    var mine = run;
    var voice = chooseVoice(synth.getVoices());
    parts.forEach(function (part, index) {
      var utterance = new window.SpeechSynthesisUtterance(part);
      utterance.lang = voice ? voice.lang : pageLanguage();
      if (voice) utterance.voice = voice;
      if (index === parts.length - 1) {
        utterance.onend = function () { if (mine === run) setState("idle"); };
      }
      utterance.onerror = function () { if (mine === run) setState("idle"); };
      synth.speak(utterance);
    });
    setState("playing");
  }

  play.addEventListener("click", function () {
    if (state === "idle") {
      start();
    } else if (state === "playing") {
      synth.pause();
      setState("paused");
    } else {
      synth.resume();
      setState("playing");
    }
  });

  stop.addEventListener("click", function () {
    run += 1;
    synth.cancel();
    setState("idle");
    play.focus();
  });

  // Leaving the page stops the voice (browsers may keep speaking otherwise).
  window.addEventListener("pagehide", function () { synth.cancel(); });

  // Show the controls once the browser lists a voice; many load them asynchronously.
  function reveal() {
    if (!root.hidden) return;
    if (synth.getVoices().length) root.hidden = false;
  }
  reveal();
  if (typeof synth.addEventListener === "function") {
    synth.addEventListener("voiceschanged", reveal);
  } else {
    synth.onvoiceschanged = reveal;
  }
})();
