/*
 * Tra cứu bằng mã (/tra-cuu/): the browser half of plugins/minhbach/lookup.
 *
 * 1. normalise what was typed exactly as codes.normalize does (case, spaces, any dash, stray
 *    accents from a Telex/VNI keyboard; Đ becomes D, which no code has, so it stays wrong);
 * 2. check the check character exactly as codes.check_char does (weights 1, 2, 3, mod 25);
 * 3. file name = hex HMAC-SHA-256(site key, code); fetch that one file, sending no referrer;
 * 4. AES-GCM key = HKDF-SHA-256(code, salt = site key, info = INFO); decrypt; show the case.
 *
 * The code never leaves the browser: #ma=CODE and ?ma=CODE fill the field, then
 * history.replaceState removes the code from the address bar. Everything is written with
 * textContent (never innerHTML), so whatever was typed is shown as text.
 */
(function () {
  "use strict";

  var ALPHABET = "23456789BCFGHJKMNPQRSTVXZ";
  var BODY = 15;
  var INFO = "minhbach tra-cuu v1 aes-gcm";
  var MAX_INPUT = 200;
  // Python's str.isspace() has these beyond JavaScript's \s.
  var SPACE = /[\s\x1c-\x1f\x85]/;
  // Unicode property escapes (2018) are built here, not written as literals, so that an older
  // browser gets the "cannot look up here" text instead of a script that does not even parse.
  var MARK = null;
  var DASH = null;
  try {
    MARK = new RegExp("\\p{Mn}", "u");
    DASH = new RegExp("\\p{Pd}", "u");
  } catch (e) {
    MARK = DASH = null;
  }
  var SEPARATORS = "\u00ad\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2043\ufe58\ufe63\uff0d";
  var INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff";

  function group(compact) {
    var parts = [];
    for (var i = 0; i < compact.length; i += 4) parts.push(compact.slice(i, i + 4));
    return parts.join("-");
  }

  /* The code as a person meant it: upper case, grouped XXXX-XXXX-XXXX-XXXX (codes.normalize). */
  function normalize(text) {
    var kept = "";
    for (var ch of String(text).normalize("NFKD")) {
      if (MARK.test(ch) || SPACE.test(ch) || DASH.test(ch)) continue;
      if (SEPARATORS.indexOf(ch) >= 0 || INVISIBLE.indexOf(ch) >= 0) continue;
      kept += ch;
    }
    return group(kept.replace(/[đĐ]/g, "D").toUpperCase());
  }

  /* The check character of 15 code characters (codes.check_char). */
  function checkChar(body15) {
    var total = 0;
    for (var i = 0; i < BODY; i++) total += (1 + (i % 3)) * ALPHABET.indexOf(body15[i]);
    return ALPHABET[(((-total) % 25) + 25) % 25];
  }

  function compactOf(code) {
    return normalize(code).replace(/-/g, "");
  }

  function isValid(code) {
    var compact = compactOf(code);
    if (compact.length !== BODY + 1) return false;
    for (var ch of compact) if (ALPHABET.indexOf(ch) < 0) return false;
    return checkChar(compact.slice(0, BODY)) === compact[BODY];
  }

  var utf8 = function (text) { return new TextEncoder().encode(text); };

  function hex(buffer) {
    return Array.from(new Uint8Array(buffer), function (b) { return b.toString(16).padStart(2, "0"); }).join("");
  }

  /* File stem: hex HMAC-SHA-256(site key, normalised code) (crypto.file_name). */
  async function fileName(siteKey, code) {
    var key = await crypto.subtle.importKey("raw", utf8(siteKey), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
    return hex(await crypto.subtle.sign("HMAC", key, utf8(normalize(code))));
  }

  function fromBase64(text) {
    var bytes = atob(text);
    var out = new Uint8Array(bytes.length);
    for (var i = 0; i < bytes.length; i++) out[i] = bytes.charCodeAt(i);
    return out;
  }

  /* The case inside a lookup file (crypto.open_file); throws when the code is not its code. */
  async function openFile(siteKey, code, envelope) {
    if (envelope.v !== 1) throw new Error("phiên bản tệp không đúng");
    var base = await crypto.subtle.importKey("raw", utf8(normalize(code)), "HKDF", false, ["deriveKey"]);
    var key = await crypto.subtle.deriveKey(
      { name: "HKDF", hash: "SHA-256", salt: utf8(siteKey), info: utf8(INFO) },
      base, { name: "AES-GCM", length: 256 }, false, ["decrypt"]);
    var plain = await crypto.subtle.decrypt({ name: "AES-GCM", iv: fromBase64(envelope.iv) }, key, fromBase64(envelope.ct));
    return JSON.parse(new TextDecoder().decode(plain));
  }

  /* Why a typed code cannot be right, in words; null when its form and check character hold. */
  function problem(raw) {
    if (raw.trim() === "") return { empty: true, text: "Xin nhập mã tra cứu: 16 ký tự in trên phiếu nhà trường gửi gia đình (hoặc trên biên bản gửi nhà tài trợ)." };
    if (raw.length > MAX_INPUT) return { text: "Mã không đúng: mã tra cứu chỉ có 16 ký tự, nhưng nội dung vừa nhập dài " + raw.length + " ký tự. Xin xóa đi và nhập lại mã in trên phiếu." };
    var compact = compactOf(raw);
    var bad = [];
    for (var ch of compact) if (ALPHABET.indexOf(ch) < 0 && bad.indexOf(ch) < 0) bad.push(ch);
    if (bad.length) {
      var hints = [];
      if (bad.some(function (c) { return "AEIOUYW".indexOf(c) >= 0; })) hints.push("mã không có nguyên âm (A, E, I, O, U, Y) và chữ W; nếu bộ gõ tiếng Việt (Telex, VNI) đang bật, xin tắt đi rồi gõ lại");
      if (bad.indexOf("D") >= 0) hints.push("mã không có chữ D hay Đ");
      if (bad.some(function (c) { return "01L".indexOf(c) >= 0; })) hints.push("mã không có số 0, số 1 và chữ L (dễ nhầm với O, I)");
      var shown = bad.slice(0, 5).map(function (c) { return "“" + c + "”"; }).join(", ");
      return { text: "Mã không đúng: mã tra cứu chỉ gồm chữ và số, không có ký tự " + shown + (hints.length ? " (" + hints.join("; ") + ")" : "") + "." };
    }
    if (compact.length !== BODY + 1) return { text: "Mã không đúng: mã tra cứu có đúng 16 ký tự (bốn nhóm bốn ký tự), nhưng mã vừa nhập có " + compact.length + " ký tự." };
    if (!isValid(compact)) return { text: "Mã không đúng: có lẽ một ký tự bị gõ nhầm hoặc hai ký tự bị đổi chỗ. Xin đối chiếu lại từng nhóm bốn ký tự với phiếu." };
    return null;
  }

  // ---- the page ------------------------------------------------------------------------------

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  // A table that turns into one card per row on a phone (site.css, "cards"): the first cell
  // heads its row, the others carry their column's name.
  function table(caption, headings, rows) {
    var t = el("table", "cards");
    t.appendChild(el("caption", null, caption));
    var head = el("tr");
    headings.forEach(function (h) { var th = el("th", null, h); th.scope = "col"; head.appendChild(th); });
    t.appendChild(el("thead")).appendChild(head);
    var body = t.appendChild(el("tbody"));
    rows.forEach(function (cells) {
      var tr = body.appendChild(el("tr"));
      cells.forEach(function (c, i) {
        var cell = tr.appendChild(el(i ? "td" : "th", null, String(c)));
        if (i) cell.setAttribute("data-label", headings[i]);
        else cell.scope = "row";
      });
    });
    return t;
  }

  function kinds(list) {
    return list.map(function (d) { return d.kind + (d.quantity ? ": " + d.quantity : ""); }).join("; ");
  }

  function nominationView(c) {
    var box = el("section", "ho-so");
    var h = box.appendChild(el("h2", null, "Tình trạng hồ sơ: "));
    h.appendChild(el("span", "trang-thai trang-thai-" + c.status, c.status_label));
    box.appendChild(el("p", null, "Trường: " + c.school));
    var steps = box.appendChild(el("ol", "cac-buoc"));
    c.steps.forEach(function (s) {
      var li = steps.appendChild(el("li"));
      li.appendChild(el("span", "ngay", s.date));
      li.appendChild(document.createTextNode(" " + s.label));
    });
    box.appendChild(el("p", null, "Nhu cầu đã đề xuất: " + kinds(c.needs) + "."));
    if (c.given.length) {
      box.appendChild(table("Thiết bị đã nhận", ["Ngày", "Thiết bị", "Số lượng", "Nhà tài trợ"],
        c.given.map(function (g) { return [g.date, g.kind, g.quantity, g.from.join(", ") || "—"]; })));
    }
    box.appendChild(el("p", "tiep-theo", c.next));
    return box;
  }

  function donorView(c) {
    var box = el("section", "ho-so");
    box.appendChild(el("h2", null, "Nhà tài trợ: " + c.donor));
    box.appendChild(el("p", null, "Tổng giá trị đã tiếp nhận: " + c.value + ". Tài trợ đã đến " + c.students + " học sinh ở " + c.schools + " trường."));
    c.gifts.forEach(function (g) {
      var part = box.appendChild(el("section", "dot-tang"));
      part.appendChild(el("h3", null, "Tiếp nhận ngày " + g.date + " (biên bản " + g.document + "), tại " + g.received_by));
      part.appendChild(table("Đã tiếp nhận", ["Loại", "Số lượng", "Giá trị"],
        g.items.map(function (i) { return [i.kind, i.quantity || "—", i.value || "—"]; })));
      g.purchases.forEach(function (p) {
        part.appendChild(el("p", null, "Ngày " + p.date + ": dùng " + p.amount + " mua " + kinds(p.bought) + "."));
      });
      if (g.reached.length) {
        part.appendChild(table("Đã trao đến học sinh (" + g.students + " học sinh)", ["Trường", "Số học sinh", "Thiết bị", "Giá trị ước tính"],
          g.reached.map(function (r) { return [r.school, r.students, kinds(r.devices), r.value || "—"]; })));
      } else {
        part.appendChild(el("p", null, "Chưa trao đến học sinh."));
      }
      if (g.left.length) part.appendChild(el("p", null, "Chưa trao hoặc chưa chi: " + kinds(g.left) + "."));
    });
    return box;
  }

  function start() {
    var root = document.getElementById("tra-cuu");
    if (!root) return;
    var form = document.getElementById("tra-cuu-form");
    var field = document.getElementById("tra-cuu-ma");
    var out = document.getElementById("tra-cuu-ket-qua");
    var siteKey = root.getAttribute("data-site-key") || "";
    var files = root.getAttribute("data-files") || "c/";
    var contact = root.getAttribute("data-contact") || "";
    var supported = MARK && window.crypto && window.crypto.subtle && window.fetch && window.TextEncoder && window.isSecureContext !== false;
    if (!supported) {
      document.getElementById("tra-cuu-khong-ho-tro").hidden = false;
      return;
    }
    form.hidden = false;

    function say(text, kind) {
      out.textContent = "";
      var p = out.appendChild(el("p", "thong-bao " + (kind || ""), text));
      if (kind === "loi" && contact) p.appendChild(el("span", "lien-he", " " + contact));
      out.setAttribute("data-state", kind || "");
    }

    var current = 0;
    async function lookUp(raw) {
      var ticket = ++current;
      var wrong = problem(raw);
      if (wrong) { say(wrong.text, wrong.empty ? "nhac" : "loi"); return; }
      var code = normalize(raw);
      field.value = code;
      say("Đang tra cứu…", "dang-tim");
      var response;
      try {
        var name = await fileName(siteKey, code);
        response = await fetch(files + name + ".json", { credentials: "omit", referrerPolicy: "no-referrer", cache: "no-cache" });
      } catch (e) {
        if (ticket === current) say("Không tải được dữ liệu. Xin kiểm tra kết nối mạng rồi thử lại.", "loi");
        return;
      }
      if (ticket !== current) return;
      if (response.status === 404) {
        say("Mã không đúng hoặc hồ sơ chưa được cập nhật lên trang: không có hồ sơ nào với mã này. Xin đối chiếu lại mã với phiếu.", "loi");
        return;
      }
      if (!response.ok) { say("Không tải được dữ liệu (lỗi " + response.status + "). Xin thử lại sau.", "loi"); return; }
      var found;
      try {
        found = await openFile(siteKey, code, await response.json());
      } catch (e) {
        if (ticket === current) say("Mã không đúng: không mở được hồ sơ bằng mã này. Xin đối chiếu lại mã với phiếu.", "loi");
        return;
      }
      if (ticket !== current) return;
      out.textContent = "";
      out.appendChild(found.type === "donor" ? donorView(found) : nominationView(found));
      out.setAttribute("data-state", "ket-qua");
      out.focus();
    }

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      lookUp(field.value);
    });

    // A code in the address (#ma= from the QR code, or ?ma=): fill, forget it, look it up.
    function fromAddress() {
      var url = new URL(window.location.href);
      var fromHash = new URLSearchParams(url.hash.replace(/^#/, "")).get("ma");
      var fromQuery = url.searchParams.get("ma");
      var given = fromHash !== null ? fromHash : fromQuery;
      if (given === null) return;
      url.searchParams.delete("ma");
      window.history.replaceState(null, "", url.pathname + url.search);
      field.value = given;
      lookUp(given);
    }
    window.addEventListener("hashchange", fromAddress);
    fromAddress();
  }

  window.MinhBachTraCuu = { normalize: normalize, checkChar: checkChar, isValid: isValid, fileName: fileName, openFile: openFile, problem: problem };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
