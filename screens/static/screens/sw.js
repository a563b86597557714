/*
 * Service worker for the info screen player (served at /screens/sw.js, scope /screens/).
 * Keeps the player page, its CSS/JS and the slide images so that a screen that restarts or
 * reloads while the server is unreachable still starts playing its last feed (kept by the
 * player in localStorage) instead of showing a browser error page.
 * Feed requests are not touched: the player handles those itself.
 */
"use strict";

var SHELL_CACHE = "vcms-screen-shell-v1";
var IMAGE_CACHE = "vcms-screen-images-v1";
var MAX_IMAGES = 150;

self.addEventListener("install", function () {
  self.skipWaiting();
});

self.addEventListener("activate", function (event) {
  event.waitUntil(self.clients.claim());
});

function networkFirst(request) {
  return fetch(request)
    .then(function (response) {
      if (response.ok) {
        var copy = response.clone();
        caches.open(SHELL_CACHE).then(function (cache) {
          cache.put(request, copy);
        });
      }
      return response;
    })
    .catch(function () {
      // ignoreVary: the copy may have been stored by the player's "cache-shell" message,
      // whose request carries other headers than a navigation (Accept, Accept-Language).
      return caches.match(request, { ignoreSearch: true, ignoreVary: true }).then(function (cached) {
        return cached || Response.error();
      });
    });
}

function trimImages(cache) {
  cache.keys().then(function (keys) {
    for (var i = 0; i < keys.length - MAX_IMAGES; i++) cache.delete(keys[i]);
  });
}

function cacheFirst(request) {
  return caches.open(IMAGE_CACHE).then(function (cache) {
    return cache.match(request).then(function (cached) {
      if (cached) return cached;
      return fetch(request).then(function (response) {
        if (response.ok) {
          cache.put(request, response.clone());
          trimImages(cache);
        }
        return response;
      });
    });
  });
}

// The player sends its own address and assets once the worker is ready, because the very
// first load happens before the worker exists.
self.addEventListener("message", function (event) {
  var data = event.data || {};
  if (data.type === "cache-shell" && Array.isArray(data.urls)) {
    event.waitUntil(
      caches.open(SHELL_CACHE).then(function (cache) {
        return Promise.all(
          data.urls.map(function (url) {
            return cache.add(url).catch(function () {});
          })
        );
      })
    );
  }
});

self.addEventListener("fetch", function (event) {
  var request = event.request;
  if (request.method !== "GET") return;
  var url = new URL(request.url);
  if (url.origin !== self.location.origin || url.pathname.indexOf("/api/") === 0) return;
  if (
    request.mode === "navigate" ||
    request.destination === "script" ||
    request.destination === "style"
  ) {
    event.respondWith(networkFirst(request));
  } else if (request.destination === "image") {
    event.respondWith(cacheFirst(request));
  }
});
