/*
 * Info screen player. Rotates the slides of the screen's feed, polls the feed with
 * If-None-Match, keeps the last good feed in localStorage and keeps playing from it while
 * the server or network is down. Nothing here may ever leave the screen blank or show a
 * browser error: every failure falls back to what was shown before.
 */
(function () {
  "use strict";

  var config = readJson("screen-config", {});
  var labels = readJson("screen-labels", { offlineSince: "offline since %(time)s", kinds: {} });
  var STORAGE_KEY = "vcms-screen:" + config.key;
  var FETCH_TIMEOUT_MS = 10000;
  var DAYS = ["søndag", "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag"];
  var MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
    "september", "oktober", "november", "december"];

  var state = {
    feed: null, etag: null, index: -1, slideTimer: null, offlineSince: null,
    // Milliseconds the server's clock is ahead of the device's (from the feed's responses).
    clockOffset: 0,
  };
  var startedAt = Date.now();
  var RELOAD_AFTER_MS = 20 * 60 * 60 * 1000;

  function readJson(id, fallback) {
    try {
      return JSON.parse(document.getElementById(id).textContent);
    } catch (e) {
      return fallback;
    }
  }

  function $(id) {
    return document.getElementById(id);
  }

  function pad(n) {
    return (n < 10 ? "0" : "") + n;
  }

  // Time: the server's clock in the feed's time zone, never the device's ---------------------

  /* The current moment by the server's clock: the device's clock corrected by the offset
   * measured on the last feed response (kept in localStorage for offline starts). */
  function now() {
    return new Date(Date.now() + state.clockOffset);
  }

  function timeZone() {
    return (state.feed && state.feed.screen && state.feed.screen.time_zone) || config.timeZone;
  }

  var formatters = {};

  /* Wall-clock parts of ``date`` in the feed's time zone (Europe/Copenhagen), whatever time
   * zone the device is set to. Falls back to the device's own zone only if the browser does
   * not know the zone at all. */
  function wallClock(date) {
    var zone = timeZone();
    try {
      if (!zone) throw new Error("no time zone");
      var format = formatters[zone];
      if (!format) {
        format = formatters[zone] = new Intl.DateTimeFormat("en-US", {
          timeZone: zone, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric",
          hour: "numeric", minute: "numeric",
        });
      }
      var parts = {};
      format.formatToParts(date).forEach(function (part) {
        parts[part.type] = parseInt(part.value, 10);
      });
      var year = parts.year, month = parts.month - 1, day = parts.day;
      return {
        year: year, month: month, day: day, hours: parts.hour % 24, minutes: parts.minute,
        weekday: new Date(Date.UTC(year, month, day)).getUTCDay(),
      };
    } catch (e) {
      return {
        year: date.getFullYear(), month: date.getMonth(), day: date.getDate(),
        hours: date.getHours(), minutes: date.getMinutes(), weekday: date.getDay(),
      };
    }
  }

  function hhmm(date) {
    var wall = wallClock(date);
    return pad(wall.hours) + ":" + pad(wall.minutes);
  }

  /* Sets the offset from a feed response's X-Server-Time (or Date) header, assuming the
   * server answered halfway through the request. */
  function syncClock(response, sentAt) {
    var header = response.headers.get("X-Server-Time") || response.headers.get("Date");
    var server = header ? Date.parse(header) : NaN;
    if (!isFinite(server)) return;
    var receivedAt = Date.now();
    state.clockOffset = server - (sentAt + receivedAt) / 2;
  }

  // Storage ---------------------------------------------------------------------------------

  function loadStored() {
    try {
      var stored = JSON.parse(window.localStorage.getItem(STORAGE_KEY));
      if (stored && isFeed(stored.feed)) {
        state.feed = stored.feed;
        state.etag = stored.etag || null;
      }
      if (stored && isFinite(stored.clockOffset)) state.clockOffset = stored.clockOffset;
    } catch (e) {
      /* no storage or a broken entry: start empty and wait for the first poll */
    }
  }

  function store() {
    try {
      window.localStorage.setItem(
        STORAGE_KEY, JSON.stringify({
          feed: state.feed, etag: state.etag, clockOffset: state.clockOffset, savedAt: Date.now(),
        })
      );
    } catch (e) {
      /* storage full or disabled: keep playing from memory */
    }
  }

  function isFeed(feed) {
    return !!feed && typeof feed === "object" && Array.isArray(feed.slides) && !!feed.screen;
  }

  // Polling (doubles as the screen's heartbeat) ---------------------------------------------

  function poll() {
    var url = config.feedUrl + (config.preview ? "?preview=true" : "");
    var headers = {};
    if (state.etag) headers["If-None-Match"] = state.etag;
    var controller = window.AbortController ? new AbortController() : null;
    var timeout = setTimeout(function () {
      if (controller) controller.abort();
    }, FETCH_TIMEOUT_MS);
    var sentAt = Date.now();
    var request = fetch(url, {
      headers: headers,
      cache: "no-store",
      credentials: "omit",
      signal: controller ? controller.signal : undefined,
    });
    request
      .then(function (response) {
        syncClock(response, sentAt);
        if (response.status === 304) return null;
        if (!response.ok) throw new Error("HTTP " + response.status);
        var etag = response.headers.get("ETag");
        return response.json().then(function (feed) {
          if (!isFeed(feed)) throw new Error("not a feed");
          state.feed = feed;
          state.etag = etag;
          store();
          applySettings();
          // An empty screen or a new alert should not wait for the current slide to end.
          if (state.index < 0 || feed.alert) showNext();
        });
      })
      .then(markOnline, markOffline)
      .catch(function () {})
      .then(function () {
        clearTimeout(timeout);
        setTimeout(safePoll, pollSeconds() * 1000);
      });
  }

  function safePoll() {
    try {
      poll();
    } catch (e) {
      markOffline();
      setTimeout(safePoll, pollSeconds() * 1000);
    }
  }

  function pollSeconds() {
    var seconds = state.feed && state.feed.screen && state.feed.screen.poll_seconds;
    return Math.max(1, seconds || config.pollSeconds || 30);
  }

  function markOnline() {
    state.offlineSince = null;
    $("offline").hidden = true;
    // Pick up a new version of the player once a day, at night, and only while the server
    // answers (the service worker serves the page should it fail after all).
    if (Date.now() - startedAt > RELOAD_AFTER_MS && wallClock(now()).hours === 4) {
      window.location.reload();
    }
  }

  function markOffline() {
    if (!state.offlineSince) state.offlineSince = now();
    var mark = $("offline");
    mark.textContent = labels.offlineSince.replace("%(time)s", hhmm(state.offlineSince));
    mark.hidden = false;
  }

  // Playing ---------------------------------------------------------------------------------

  function applySettings() {
    var orientation = (state.feed && state.feed.screen.orientation) || config.orientation;
    document.body.className = "player player--" + orientation;
  }

  function isCurrent(item, moment) {
    return !item.valid_until || new Date(item.valid_until) > moment;
  }

  function activeAlert(moment) {
    var alert = state.feed && state.feed.alert;
    if (!alert) return null;
    if (alert.start && new Date(alert.start) > moment) return null;
    if (alert.end && new Date(alert.end) <= moment) return null;
    return alert;
  }

  /* Active hours are wall-clock times in the feed's time zone. */
  function withinActiveHours(moment) {
    var s = state.feed && state.feed.screen;
    if (!s || !s.active_from || !s.active_until) return true;
    var wall = wallClock(moment);
    var minutes = wall.hours * 60 + wall.minutes;
    var from = toMinutes(s.active_from);
    var until = toMinutes(s.active_until);
    return from <= until ? minutes >= from && minutes < until : minutes >= from || minutes < until;
  }

  function toMinutes(time) {
    var parts = String(time).split(":");
    return parseInt(parts[0], 10) * 60 + parseInt(parts[1], 10);
  }

  function showNext() {
    clearTimeout(state.slideTimer);
    var seconds = 5;
    try {
      seconds = render();
    } catch (e) {
      showIdle();
    }
    state.slideTimer = setTimeout(showNext, Math.max(1, seconds) * 1000);
  }

  /* Shows the next thing and returns how many seconds it stays. */
  function render() {
    var moment = now();
    var alert = activeAlert(moment);
    if (alert) {
      showAlert(alert);
      return 5;
    }
    if (!withinActiveHours(moment)) {
      showIdle();
      return 30;
    }
    // Slides past their valid-until drop out even when no new feed arrives (offline).
    var slides = state.feed ? state.feed.slides.filter(function (s) { return isCurrent(s, moment); }) : [];
    if (!slides.length) {
      showIdle();
      return 5;
    }
    state.index = (state.index + 1) % slides.length;
    var slide = slides[state.index];
    showSlide(slide);
    return slide.duration || (state.feed.screen && state.feed.screen.default_slide_seconds) || 10;
  }

  function show(id) {
    ["idle", "slide", "alert"].forEach(function (name) {
      $(name).hidden = name !== id;
    });
  }

  function showIdle() {
    state.index = -1;
    show("idle");
  }

  function showSlide(slide) {
    var article = $("slide");
    article.setAttribute("data-slide-id", slide.id);
    article.setAttribute("data-kind", slide.kind);
    $("slide-kind").textContent = (labels.kinds && labels.kinds[slide.kind]) || "";
    $("slide-title").textContent = slide.title || "";
    $("slide-meta").textContent = slide.meta || "";
    $("slide-text").textContent = slide.text || "";

    var img = $("slide-image");
    var backdrop = $("slide-backdrop");
    var media = article.querySelector(".slide__media");
    if (slide.image && slide.image.url) {
      img.onerror = function () {
        media.hidden = true;
        article.classList.add("slide--text-only");
      };
      img.alt = slide.image.alt || "";
      if (img.getAttribute("src") !== slide.image.url) img.src = slide.image.url;
      // Cropped around the focal point ("cover"), or whole on a blurred backdrop ("contain").
      var whole = slide.image.fit === "contain";
      media.classList.toggle("slide__media--contain", whole);
      img.style.objectPosition = slide.image.position || "50% 50%";
      if (whole && backdrop.getAttribute("src") !== slide.image.url) {
        backdrop.src = slide.image.url;
      }
      media.hidden = false;
      article.classList.remove("slide--text-only");
    } else {
      img.removeAttribute("src");
      backdrop.removeAttribute("src");
      media.hidden = true;
      article.classList.add("slide--text-only");
    }

    // The QR code is inline SVG from our own feed, never user HTML.
    var qr = $("slide-qr");
    if (slide.qr_svg) {
      $("slide-qr-code").innerHTML = slide.qr_svg;
      // The short address in writing too, for whoever cannot scan.
      $("slide-qr-url").textContent = (slide.short_url || "").replace(/^https?:\/\/(www\.)?/, "");
      qr.hidden = false;
    } else {
      $("slide-qr-code").innerHTML = "";
      $("slide-qr-url").textContent = "";
      qr.hidden = true;
    }
    show("slide");
  }

  function showAlert(alert) {
    var section = $("alert");
    section.className =
      "alert alert--" + (alert.severity || "warning") + (alert.qr_svg ? " alert--with-qr" : "");
    section.setAttribute("data-alert-id", alert.id);
    $("alert-message").textContent = alert.message || "";
    var qr = $("alert-qr");
    qr.innerHTML = alert.qr_svg || "";
    qr.hidden = !alert.qr_svg;
    state.index = -1;
    show("alert");
  }

  // Clock -----------------------------------------------------------------------------------

  function tick() {
    var wall = wallClock(now());
    $("clock-time").textContent = pad(wall.hours) + ":" + pad(wall.minutes);
    $("clock-date").textContent =
      DAYS[wall.weekday] + " " + wall.day + ". " + MONTHS[wall.month] + " " + wall.year;
  }

  // Offline start-up ------------------------------------------------------------------------

  /* A service worker keeps this page and its assets, so a reload or restart while the server
   * is unreachable still starts the player (which then plays the feed from localStorage). */
  function registerServiceWorker() {
    if (!config.serviceWorkerUrl || config.preview || !("serviceWorker" in navigator)) return;
    var assets = [window.location.href];
    document.querySelectorAll("link[rel=stylesheet], script[src]").forEach(function (el) {
      assets.push(el.href || el.src);
    });
    navigator.serviceWorker
      .register(config.serviceWorkerUrl, { scope: config.serviceWorkerScope })
      .then(function () {
        return navigator.serviceWorker.ready;
      })
      .then(function (registration) {
        if (registration.active) {
          registration.active.postMessage({ type: "cache-shell", urls: assets });
        }
      })
      .catch(function () {
        /* no worker (e.g. plain http on another host): the player still works online */
      });
  }

  // Start -----------------------------------------------------------------------------------

  // A script error must never replace the slides with an error message.
  window.addEventListener("error", function (event) {
    event.preventDefault();
  });
  window.addEventListener("unhandledrejection", function (event) {
    event.preventDefault();
  });

  tick();
  setInterval(tick, 1000);
  loadStored();
  applySettings();
  showNext();
  safePoll();
  try {
    registerServiceWorker();
  } catch (e) {
    /* never let the offline helper stop the player */
  }
})();
