/* The staff layout's behaviour, all optional: every action also has its button.
   - On a narrow screen (a phone in the field) the navigation folds away behind its "Menu" summary.
   - Keyboard shortcuts, listed in the #shortcuts dialog ("?" opens it); none fires while the
     focus is in a field, or with Ctrl, Alt or Meta held:
       j / k  next / previous case (in the order of the queue last shown)
       t      take the case            r  write to the resident      n  write an internal note
       q      back to the queue        ?  this list */
(function () {
  "use strict";
  var QUEUE_KEY = "kesher.queueOrder";

  function byId(id) {
    return document.getElementById(id);
  }

  function inField(target) {
    return target && (target.isContentEditable
        || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)
        || target.closest(".ui-selectonemenu, .ui-inputfield, [role=combobox], [role=listbox]"));
  }

  function base() {
    var brand = document.querySelector(".topbar .brand");
    return brand ? brand.getAttribute("href").replace(/index\.xhtml.*$/, "") : "";
  }

  function rememberQueue() {
    var rows = document.querySelectorAll("#queue\\:cases tbody tr[data-rk]");
    if (rows.length > 0) {
      var order = Array.prototype.map.call(rows, function (row) {
        return row.getAttribute("data-rk");
      });
      try {
        sessionStorage.setItem(QUEUE_KEY, JSON.stringify(order));
      } catch (e) { /* private mode: no next case */ }
    }
  }

  function step(by) {
    var current = byId("case-reference");
    var order = [];
    try {
      order = JSON.parse(sessionStorage.getItem(QUEUE_KEY) || "[]");
    } catch (e) { /* nothing kept */ }
    if (current) {
      var at = order.indexOf(current.textContent.trim());
      var next = order[at + by];
      if (at >= 0 && next) {
        window.location.href = base() + "case.xhtml?ref=" + encodeURIComponent(next);
      }
      return;
    }
    var links = Array.prototype.slice.call(
        document.querySelectorAll("#queue\\:cases tbody tr[data-rk] a"));
    var focused = links.indexOf(document.activeElement);
    var target = links[focused < 0 ? 0 : Math.min(links.length - 1, Math.max(0, focused + by))];
    if (target) {
      target.focus();
    }
  }

  function write(intent) {
    var text = byId("case:text");
    if (text) {
      text.focus();
      document.body.setAttribute("data-writing", intent);
    }
  }

  function press(id) {
    var button = byId(id);
    if (button && !button.disabled) {
      button.click();
    }
  }

  var actions = {
    j: function () { step(1); },
    k: function () { step(-1); },
    t: function () { press("case:claim"); },
    r: function () { write("reply"); },
    n: function () { write("note"); },
    q: function () { window.location.href = base() + "index.xhtml"; },
    "?": function () {
      var help = byId("shortcuts");
      if (help && typeof help.showModal === "function" && !help.open) {
        help.showModal();
      }
    }
  };

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.altKey || event.metaKey || inField(event.target)) {
      return;
    }
    var action = actions[event.key];
    if (action) {
      event.preventDefault();
      action();
    }
  });

  document.addEventListener("DOMContentLoaded", function () {
    var menu = byId("menu");
    if (menu && window.matchMedia("(max-width: 60rem)").matches) {
      menu.open = false;
    }
    rememberQueue();
    var open = byId("open-shortcuts");
    var help = byId("shortcuts");
    if (open && help && typeof help.showModal === "function") {
      open.hidden = false;
      open.addEventListener("click", function () { help.showModal(); });
    }
    var close = byId("close-shortcuts");
    if (close && help) {
      close.addEventListener("click", function () { help.close(); });
    }
  });
  // a queue page redrawn by a filter or a page of the table
  document.addEventListener("pfAjaxComplete", rememberQueue);
  if (window.jQuery) {
    window.jQuery(document).on("pfAjaxComplete", rememberQueue);
  }
}());
