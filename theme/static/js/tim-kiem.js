/* /tim-kiem/: Pagefind's own UI, in Vietnamese, filled from ?q= when a link or a form gives it. */
(function () {
  "use strict";
  function start() {
    var box = document.getElementById("tim-kiem");
    if (!box || typeof PagefindUI === "undefined") return;
    var ui = new PagefindUI({
      element: "#tim-kiem",
      bundlePath: box.getAttribute("data-bundle") || "/pagefind/",
      showSubResults: true,
      showImages: false,
      resetStyles: false,
      translations: { placeholder: "Nhập tên trường, nhà tài trợ, xã…" }
    });
    var query = new URLSearchParams(window.location.search).get("q");
    if (query) ui.triggerSearch(query);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
