/* /tim-kiem/: Pagefind's own UI, in Vietnamese, filled from ?q= when a link or a form gives it.
   Pagefind's field has only a placeholder; the page's visible <label for="…"> names it once the
   field is given that id (axe: label-title-only), so a screen reader says what to type. */
(function () {
  "use strict";
  function label(box) {
    var id = box.getAttribute("data-input-id");
    var input = box.querySelector("input[type=text], input[type=search]");
    if (!id || !input) return false;
    input.id = id;
    input.removeAttribute("title");
    return true;
  }
  function start() {
    var box = document.getElementById("tim-kiem");
    if (!box || typeof PagefindUI === "undefined") return;
    var ui = new PagefindUI({
      element: "#tim-kiem",
      bundlePath: box.getAttribute("data-bundle") || "/pagefind/",
      showSubResults: true,
      showImages: false,
      resetStyles: false,
      translations: { placeholder: "Ví dụ: tên trường, nhà tài trợ, xã…" }
    });
    if (!label(box)) {
      var watch = new MutationObserver(function () { if (label(box)) watch.disconnect(); });
      watch.observe(box, { childList: true, subtree: true });
    }
    var query = new URLSearchParams(window.location.search).get("q");
    if (query) ui.triggerSearch(query);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
