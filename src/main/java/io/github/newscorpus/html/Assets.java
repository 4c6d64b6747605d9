package io.github.newscorpus.html;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Holds the page's inline style sheet and script, and the Content Security Policy that allows
 * exactly those two (by hash) and nothing else: no network, no other script, no inline handlers.
 * The script builds the entity panel with {@code textContent} only, never markup.
 */
final class Assets {

  static final String CSS = """
      :root{--fg:#1a1a1a;--muted:#4b5563;--line:#d1d5db;--accent:#1d4ed8;--quote:#9a3412}
      *{box-sizing:border-box}
      body{margin:0;color:var(--fg);background:#fff;font:17px/1.55 Georgia,"Times New Roman",serif}
      .skip{position:absolute;left:-9999px;top:0}
      .skip:focus{left:.5rem;top:.5rem;z-index:9;background:#fff;padding:.3rem .6rem;border:2px solid var(--accent)}
      .page{display:grid;grid-template-columns:minmax(0,1fr) 21rem;gap:0 2.2rem;max-width:80rem;margin:0 auto;padding:1rem 1.5rem 2rem}
      header{grid-column:1/-1;border-bottom:1px solid var(--line);padding-bottom:.6rem;margin-bottom:1rem}
      main{min-width:0}
      aside{position:sticky;top:0;align-self:start;max-height:100vh;overflow:auto;padding:.5rem 0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif}
      @media (max-width:62rem){.page{grid-template-columns:minmax(0,1fr)}aside{position:static;max-height:none}}
      .brand{margin:0;font:600 12px/1.4 system-ui,sans-serif;letter-spacing:.05em;text-transform:uppercase;color:var(--muted)}
      h1{font-size:1.9rem;line-height:1.3;margin:.2rem 0 .7rem;overflow-wrap:anywhere}
      dl.meta{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:.1rem 1rem;margin:0 0 .8rem;font:14px/1.45 system-ui,sans-serif}
      dl.meta dt{color:var(--muted)}
      dl.meta dd{margin:0;overflow-wrap:anywhere}
      .evidence{color:var(--muted)}
      details.why{display:inline}
      details.why summary{display:inline;cursor:pointer;font-style:italic;color:#92400e}
      details.why[open]{display:block;margin:.2rem 0 .4rem;padding:.3rem .5rem;background:#fffbeb;border-left:3px solid #d97706}
      .legend{display:flex;flex-wrap:wrap;gap:.35rem .9rem;align-items:center;margin:0;padding:0;list-style:none;font:13px/1.6 system-ui,sans-serif}
      .legend .key{font-weight:600;color:var(--muted)}
      .counts{margin:.4rem 0 0;font:13px/1.4 system-ui,sans-serif;color:var(--muted)}
      .text p,.text .p{margin:0 0 1.05rem;line-height:2.15;overflow-wrap:anywhere}
      .p.caption,.p.credit{font-style:italic;color:#374151}
      .p.related,.p.note,.p.contributor{font:15px/2 system-ui,sans-serif;color:#374151}
      .p.related{border-left:3px solid var(--line);padding-left:.6rem}
      .p.unparagraphed{white-space:pre-wrap}
      mark.m{color:inherit;background:var(--b,#f3f4f6);border:1px solid var(--c,#4b5563);border-radius:3px;padding:0 2px;cursor:pointer}
      mark.m.k-nominal{border-style:dashed}
      mark.m.k-pronoun{border-style:dotted;border-width:2px}
      mark.m.sel{outline:3px solid #111;outline-offset:1px;background:#fef08a}
      mark.m,.quote{unicode-bidi:plaintext}
      .bidi{display:inline-block}
      mark.m:focus-visible,button:focus-visible,a:focus-visible,summary:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
      .t-person{--b:#dbeafe;--c:#1d4ed8}.t-organization{--b:#dcfce7;--c:#15803d}.t-location{--b:#fef3c7;--c:#b45309}
      .t-norp{--b:#fce7f3;--c:#be185d}.t-law{--b:#ede9fe;--c:#6d28d9}.t-media{--b:#cffafe;--c:#0e7490}
      .t-brand{--b:#ffedd5;--c:#c2410c}.t-unnamed-source{--b:#e5e7eb;--c:#374151}
      .sw{display:inline-block;min-width:1.2em;padding:0 .3em;border:1px solid var(--c,#4b5563);background:var(--b,#f3f4f6);border-radius:3px;color:var(--fg)}
      .sw.k-nominal{border-style:dashed}.sw.k-pronoun{border-style:dotted;border-width:2px}
      .quote{border-bottom:2px solid var(--quote);padding-bottom:4px}
      .quote.k-indirect{border-bottom-style:dashed}
      .quote.k-partial{border-bottom-style:dotted;border-bottom-width:3px}
      .quote.d2{padding-bottom:9px;border-bottom-color:#7c2d12}
      .quote.d3{padding-bottom:14px}
      .quote:target{background:#fef9c3}
      .sq{display:inline-block;width:2.2em;height:.7em;border-bottom:2px solid var(--quote)}
      .sq.k-indirect{border-bottom-style:dashed}.sq.k-partial{border-bottom-style:dotted;border-bottom-width:3px}
      .ql{display:inline-block;max-width:32em;overflow:hidden;text-overflow:ellipsis;font:600 11px/1.2 system-ui,sans-serif;color:#fff;background:var(--quote);border-radius:3px;padding:1px 5px;margin-right:3px;vertical-align:.15em;white-space:nowrap}
      .ql.none{background:#4b5563}
      .vh{position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
      #details{border:1px solid var(--line);border-radius:6px;padding:.6rem .8rem;margin-bottom:1rem;background:#f9fafb;min-height:4.5rem}
      #details h2{margin:0 0 .3rem;font-size:1.05rem}
      #details p{margin:.15rem 0}
      #details .nav button{margin:.4rem .4rem 0 0}
      aside h2{font-size:1.05rem;margin:1.1rem 0 .4rem}
      aside h3{font-size:.9rem;margin:.8rem 0 .3rem;color:var(--muted)}
      aside ul{list-style:none;margin:0;padding:0}
      aside li{margin:.15rem 0}
      .speaker>ul{margin:.1rem 0 .5rem .8rem}
      .speaker a{color:var(--fg)}
      .kind{font-size:12px;color:var(--muted);text-transform:lowercase}
      button{font:inherit;color:var(--fg);cursor:pointer}
      .eb{border:1px solid var(--c,#4b5563);background:var(--b,#f3f4f6);border-radius:3px;padding:0 .35rem;text-align:left}
      .eb[aria-pressed=true]{outline:3px solid #111;outline-offset:1px}
      .n{color:var(--muted);margin-left:.3rem}
      footer{grid-column:1/-1;margin-top:1.5rem;font:13px/1.4 system-ui,sans-serif;color:var(--muted)}
      @media print{
      *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
      body{font-size:11pt}
      .page{display:block;padding:0;max-width:none}
      aside{position:static;max-height:none;overflow:visible;break-before:page}
      #details,.skip,.hint,details.why[open]{display:none}
      mark.m{cursor:auto}
      mark.m.sel{outline:none;background:var(--b,#f3f4f6)}
      a{color:inherit;text-decoration:none}
      h1,h2,h3{break-after:avoid}
      p{orphans:3;widows:3}
      }
      """;

  static final String JS = """
      (function () {
        "use strict";
        var doc = document;
        var panel = doc.getElementById("details");
        var groups = {};
        doc.querySelectorAll("mark.m[data-e]").forEach(function (m) {
          (groups[m.dataset.e] = groups[m.dataset.e] || []).push(m);
        });
        var pinned = null;
        var shown = null;

        function text(tag, value, cls) {
          var el = doc.createElement(tag);
          el.textContent = value;
          if (cls) { el.className = cls; }
          return el;
        }
        function focusable(e) {
          return (groups[e] || []).filter(function (m) { return m.tabIndex === 0; });
        }
        function jump(e, step) {
          var list = focusable(e);
          if (!list.length) { return; }
          var at = list.indexOf(doc.activeElement);
          var next = at < 0 ? (step > 0 ? 0 : list.length - 1) : (at + step + list.length) % list.length;
          list[next].focus();
          list[next].scrollIntoView({block: "center"});
        }
        function describe(e) {
          panel.textContent = "";
          var item = e === null ? null : doc.getElementById("ent-" + e);
          if (!item) {
            panel.appendChild(text("p", "Point at, focus or click a highlighted mention, or pick an entity below, to see the entity and all its mentions.", "hint"));
            return;
          }
          var data = item.dataset;
          panel.appendChild(text("h2", data.name));
          panel.appendChild(text("p", data.type + (data.role ? " \\u00b7 " + data.role : "")));
          if (data.aliases) { panel.appendChild(text("p", "Also: " + data.aliases)); }
          panel.appendChild(text("p", data.mentions));
          if (data.quotes) { panel.appendChild(text("p", data.quotes)); }
          if (focusable(e).length) {
            var nav = doc.createElement("p");
            nav.className = "nav";
            [["Previous mention", -1], ["Next mention", 1]].forEach(function (b) {
              var button = text("button", b[0]);
              button.type = "button";
              button.addEventListener("click", function () { pinned = e; jump(e, b[1]); });
              nav.appendChild(button);
            });
            panel.appendChild(nav);
          }
        }
        function show(e) {
          if (e === shown) { return; }
          (groups[shown] || []).forEach(function (m) { m.classList.remove("sel"); });
          doc.querySelectorAll(".eb[aria-pressed=true]").forEach(function (b) { b.setAttribute("aria-pressed", "false"); });
          shown = e;
          (groups[e] || []).forEach(function (m) { m.classList.add("sel"); });
          var button = e === null ? null : doc.querySelector("#ent-" + e + " .eb");
          if (button) { button.setAttribute("aria-pressed", "true"); }
          describe(e);
        }
        function mentionOf(target) {
          return target instanceof Element ? target.closest("mark.m[data-e]") : null;
        }
        function toggle(m) {
          pinned = pinned === m.dataset.e ? null : m.dataset.e;
          show(pinned === null ? m.dataset.e : pinned);
        }
        doc.addEventListener("mouseover", function (ev) {
          var m = mentionOf(ev.target);
          if (m) { show(m.dataset.e); } else if (!panel.contains(ev.target)) { show(pinned); }
        });
        doc.addEventListener("focusin", function (ev) {
          var m = mentionOf(ev.target);
          if (m) { show(m.dataset.e); }
        });
        doc.addEventListener("click", function (ev) {
          var m = mentionOf(ev.target);
          if (m) { toggle(m); return; }
          var b = ev.target instanceof Element ? ev.target.closest(".eb") : null;
          if (b) {
            pinned = b.dataset.e;
            show(pinned);
            jump(pinned, 1);
          }
        });
        doc.addEventListener("keydown", function (ev) {
          var m = mentionOf(ev.target);
          if (m && (ev.key === "Enter" || ev.key === " ")) {
            ev.preventDefault();
            toggle(m);
          } else if (ev.key === "Escape") {
            pinned = null;
            show(null);
          }
        });
        describe(null);
        doc.documentElement.setAttribute("data-ready", "true");
      })();
      """;

  /** The Content Security Policy of every page; it allows the inline CSS and JS above by hash. */
  static final String POLICY = "default-src 'none'; style-src '" + hash(CSS) + "'; script-src '"
      + hash(JS) + "'; img-src 'none'; base-uri 'none'; form-action 'none'";

  private Assets() {}

  /** Returns the CSP source expression {@code sha256-…} of {@code text}, hashed as UTF-8. */
  static String hash(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform must support SHA-256", e);
    }
  }
}
