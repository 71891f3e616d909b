// Tells the server the browser's time zone, so event pages can note times in it.
(function () {
  try {
    var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (zone && document.cookie.indexOf("hub_tz=" + encodeURIComponent(zone)) < 0) {
      document.cookie = "hub_tz=" + encodeURIComponent(zone) + "; path=/; max-age=31536000; SameSite=Lax";
    }
  } catch (e) {
    // Without the zone, pages show event times only.
  }
})();
