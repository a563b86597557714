/* Live LIX readability score for editors (Vallensbæk CMS).
 *
 * Same rules as core/readability.py: LIX = words / sentences + 100 × long words / words;
 * a long word has more than 6 letters; < 35 easy, 35–45 medium, > 45 hard. A hard text
 * gets a nudge, never a block: saving and publishing are untouched. A field with its own
 * target (config.targets: the easy-read version, LIX 30 or lower) shows it and nudges above it.
 */
(function () {
  "use strict";

  var WORD = /[\p{L}]+(?:[-'’][\p{L}]+)*/gu;
  var SENTENCE_END = /[.!?:]+(?=\s|$)|\n+/u;
  var config = JSON.parse(document.getElementById("lix-config").textContent);

  function lix(text) {
    text = text.trim();
    var words = text.match(WORD) || [];
    if (!words.length) return null;
    var sentences = text.split(SENTENCE_END).filter(function (s) {
      return new RegExp(WORD.source, "u").test(s);
    }).length || 1;
    var long = words.filter(function (w) {
      return (w.match(/\p{L}/gu) || []).length > 6;
    }).length;
    return words.length / sentences + (100 * long) / words.length;
  }

  function band(score) {
    var rounded = Math.round(score);
    if (rounded < 35) return "easy";
    if (rounded <= 45) return "medium";
    return "hard";
  }

  // Plain text of a field: its inputs' values and its rich-text editors' text, one per line.
  function fieldText(wrapper) {
    var parts = [];
    wrapper.querySelectorAll('[contenteditable="true"], textarea, input[type="text"]').forEach(
      function (el) {
        if (el.closest(".lix-meter")) return;
        if (el.type === "hidden") return;
        parts.push(el.isContentEditable ? el.innerText : el.value);
      }
    );
    return parts.join("\n");
  }

  function meterFor(wrapper, name) {
    var meter = wrapper.parentNode.querySelector('.lix-meter[data-for="' + name + '"]');
    if (!meter) {
      meter = document.createElement("div");
      meter.className = "lix-meter";
      meter.dataset.for = name;
      meter.setAttribute("role", "status");
      meter.setAttribute("aria-live", "polite");
      wrapper.parentNode.insertBefore(meter, wrapper.nextSibling);
    }
    return meter;
  }

  function update(wrapper) {
    var name = wrapper.dataset.contentpath;
    var text = fieldText(wrapper);
    var score = lix(text);
    var meter = meterFor(wrapper, name);
    var html = "";
    if (score !== null) {
      var b = band(score);
      meter.dataset.band = b;
      html +=
        '<span class="lix-meter__score">' + config.label + " " + Math.round(score) +
        " · " + config.bands[b] + "</span>";
      if (b === "hard") html += ' <span class="lix-meter__nudge">' + config.nudge + "</span>";
    } else {
      meter.dataset.band = "none";
    }
    var target = config.targets && config.targets[name];
    if (target) {
      var over = score !== null && Math.round(score) > target;
      meter.dataset.target = over ? "over" : "met";
      html +=
        ' <span class="lix-meter__target">' + config.target.replace("%(target)s", target) +
        "</span>";
      if (over) html += ' <span class="lix-meter__nudge">' + config.overTarget + "</span>";
    }
    if (name === "summary") {
      var length = text.trim().length;
      var hint = length > config.summaryGoodMax ? config.summaryLong : config.summaryOk;
      html +=
        ' <span class="lix-meter__length">' +
        config.summaryLength.replace("%(count)s", length).replace("%(max)s", config.summaryMax) +
        " " + hint + "</span>";
    }
    meter.innerHTML = html;
  }

  var timers = {};
  function schedule(wrapper) {
    var name = wrapper.dataset.contentpath;
    clearTimeout(timers[name]);
    timers[name] = setTimeout(function () { update(wrapper); }, 300);
  }

  function wrappers() {
    return config.fields
      .map(function (name) {
        return document.querySelector('.w-field[data-contentpath="' + name + '"]');
      })
      .filter(Boolean);
  }

  function init() {
    wrappers().forEach(function (wrapper) {
      update(wrapper);
      ["input", "keyup", "change"].forEach(function (type) {
        wrapper.addEventListener(type, function () { schedule(wrapper); });
      });
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", function () { setTimeout(init, 500); });
  } else {
    setTimeout(init, 500);
  }
})();
