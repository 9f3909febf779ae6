using Planner.Viewer.Text;

namespace Planner.Viewer.Pages;

/// <summary>The frame of every page: the five tabs, the language switch, and the one stylesheet (which also prints).</summary>
public static class Layout
{
    public sealed record Tab(string Key, string Path, string Swedish, string English);

    public static IReadOnlyList<Tab> Tabs { get; } =
    [
        new("unit", "/", "Enheten", "The unit"),
        new("scenarios", "/scenarier", "Scenarier", "Scenarios"),
        new("results", "/resultat", "Resultat", "Results"),
        new("costs", "/kostnader", "Kostnader", "Costs"),
        new("history", "/tidigare", "Tidigare körningar", "Earlier runs"),
    ];

    public static string Page(PageLanguage language, string active, string title, string body, string returnPath, string? script = null)
    {
        var tabs = string.Concat(Tabs.Select(t =>
            $"<a href=\"{t.Path}\" class=\"{(t.Key == active ? "tab active" : "tab")}\"{(t.Key == active ? " aria-current=\"page\"" : "")}>{Html.E(language.T(t.Swedish, t.English))}</a>"));
        var other = language.English ? "sv" : "en";
        var switchLabel = language.English ? "Svenska" : "English";
        return $$"""
            <!DOCTYPE html>
            <html lang="{{language.Code}}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{Html.E(title)}} – Planner</title>
            <style>{{Style}}</style>
            </head>
            <body>
            <header>
              <span class="brand">Planner</span>
              <nav>{{tabs}}</nav>
              <form method="post" action="/sprak" class="lang">
                <input type="hidden" name="lang" value="{{other}}">
                <input type="hidden" name="back" value="{{Html.E(returnPath)}}">
                <button type="submit" id="language-switch" lang="{{other}}">{{switchLabel}}</button>
              </form>
            </header>
            <main>
            <h1>{{Html.E(title)}}</h1>
            {{body}}
            </main>
            {{(script is null ? "" : "<script>" + script + "</script>")}}
            </body>
            </html>
            """;
    }

    private const string Style = """
        :root { --ink:#1d2733; --muted:#5b6875; --line:#d5dbe1; --accent:#1f5f8b; --better:#dcefdc; --better-ink:#1e6b2a; --worse:#f7dede; --worse-ink:#9b2226; }
        * { box-sizing: border-box; }
        body { margin:0; font-family: "DejaVu Sans", system-ui, sans-serif; color:var(--ink); background:#f6f7f9; font-size:15px; line-height:1.45; }
        header { display:flex; align-items:center; gap:1.5rem; padding:.6rem 1.5rem; background:#fff; border-bottom:1px solid var(--line); }
        .brand { font-weight:bold; font-size:1.15rem; color:var(--accent); }
        nav { display:flex; gap:.3rem; flex-wrap:wrap; flex:1; }
        .tab { padding:.4rem .8rem; border-radius:4px; color:var(--ink); text-decoration:none; }
        .tab:hover { background:#eef2f6; }
        .tab.active { background:var(--accent); color:#fff; }
        .lang button { background:#fff; color:var(--accent); border:1px solid var(--accent); border-radius:4px; padding:.3rem .7rem; cursor:pointer; }
        main { max-width:1200px; margin:0 auto; padding:1rem 1.5rem 3rem; }
        h1 { font-size:1.5rem; margin:.6rem 0 1rem; }
        h2 { font-size:1.15rem; margin:1.6rem 0 .6rem; }
        section, fieldset { background:#fff; border:1px solid var(--line); border-radius:6px; padding:1rem 1.2rem; margin:0 0 1rem; }
        legend { font-weight:bold; padding:0 .3rem; }
        .field { display:grid; grid-template-columns: 16rem 10rem 1fr; gap:.2rem .8rem; align-items:center; margin:.35rem 0; }
        .field label { font-weight:500; }
        .field input, .field select { padding:.3rem .4rem; border:1px solid #b8c2cc; border-radius:4px; font:inherit; width:100%; }
        .field .hint { color:var(--muted); font-size:.85rem; }
        .field.invalid input, .field.invalid select { border-color:var(--worse-ink); background:#fff6f6; }
        .error { color:var(--worse-ink); font-size:.88rem; grid-column: 2 / 4; }
        .errors { color:var(--worse-ink); }
        .ok { color:var(--better-ink); }
        .notice { background:#fff8e1; border:1px solid #f0d890; border-radius:6px; padding:.6rem 1rem; margin:0 0 1rem; }
        button, .button { font:inherit; padding:.4rem 1rem; border-radius:4px; border:1px solid var(--accent); background:var(--accent); color:#fff; cursor:pointer; text-decoration:none; display:inline-block; }
        button.secondary, .button.secondary { background:#fff; color:var(--accent); }
        button.danger { background:var(--worse-ink); border-color:var(--worse-ink); }
        .actions { display:flex; gap:.6rem; flex-wrap:wrap; align-items:center; margin:.6rem 0; }
        table { border-collapse:collapse; background:#fff; margin:.4rem 0 1rem; font-size:.9rem; }
        th, td { border:1px solid var(--line); padding:.3rem .55rem; text-align:left; vertical-align:top; }
        th { background:#eef2f6; }
        td.num { text-align:right; white-space:nowrap; font-variant-numeric: tabular-nums; }
        td.better { background:var(--better); color:var(--better-ink); }
        td.worse { background:var(--worse); color:var(--worse-ink); }
        .legend-key { display:inline-block; padding:0 .4rem; border-radius:3px; }
        .muted { color:var(--muted); }
        .group { border:1px dashed var(--line); border-radius:6px; padding:.5rem .8rem; margin:.5rem 0; }
        .design { border-top:1px solid var(--line); padding:.5rem 0; }
        .design:first-of-type { border-top:none; }
        progress { width:100%; height:1.4rem; }
        .chart { background:#fff; border:1px solid var(--line); border-radius:6px; padding:.5rem; margin:0 0 1rem; overflow-x:auto; }
        .chart svg { max-width:100%; height:auto; }
        .charts { display:grid; grid-template-columns: repeat(auto-fill, minmax(520px, 1fr)); gap:1rem; }
        .sentence { font-size:1.05rem; margin:.4rem 0; }
        @media print {
          header, .actions, form { display:none; }
          body { background:#fff; }
          section, .chart { break-inside: avoid; border:none; }
        }
        """;
}
