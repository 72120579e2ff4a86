/* The staff layout: on a narrow screen (a phone in the field) the navigation folds away behind its
   "Menu" summary; on a wide one it stays open beside the page. Without JavaScript it stays open. */
document.addEventListener("DOMContentLoaded", function () {
  var menu = document.getElementById("menu");
  if (menu && window.matchMedia("(max-width: 60rem)").matches) {
    menu.open = false;
  }
});
