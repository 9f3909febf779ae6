namespace Planner.Scenarios.Report;

/// <summary>The report's stylesheet: readable on screen, printable on A4 (each major section on a new page, no chart split across pages).</summary>
internal static class ReportStyle
{
    public const string Css = """
        :root { --ink: #222; --muted: #666; --rule: #ddd; --better: #e2f3e6; --better-ink: #125a2a; --worse: #fbe4e1; --worse-ink: #8a1c12; }
        * { box-sizing: border-box; }
        body { font-family: "DejaVu Sans", Verdana, "Segoe UI", sans-serif; color: var(--ink); margin: 0 auto; max-width: 1000px; padding: 24px; line-height: 1.45; font-size: 15px; }
        h1 { font-size: 26px; margin: 0 0 6px; }
        h2 { font-size: 20px; margin: 32px 0 10px; border-bottom: 2px solid var(--rule); padding-bottom: 4px; }
        h3 { font-size: 16px; margin: 22px 0 8px; }
        p.lede { color: var(--muted); margin-top: 0; }
        nav ol { columns: 2; padding-left: 20px; }
        table { border-collapse: collapse; width: 100%; margin: 8px 0 16px; font-size: 13.5px; }
        th, td { border-bottom: 1px solid var(--rule); padding: 5px 8px; text-align: right; vertical-align: top; }
        th:first-child, td:first-child { text-align: left; }
        th { background: #f4f4f4; font-weight: 600; }
        td .ci { display: block; color: var(--muted); font-size: 12px; white-space: nowrap; }
        td.unit, th.unit { text-align: left; color: var(--muted); }
        th span.unit { display: block; color: var(--muted); font-weight: normal; font-size: 12px; }
        table.year-differences, table.single { width: auto; min-width: 60%; }
        tr.group th { background: #fafafa; text-align: left; font-style: italic; }
        .better { background: var(--better); color: var(--better-ink); }
        .worse { background: var(--worse); color: var(--worse-ink); }
        td.better::after, td.worse::after { display: block; font-size: 11px; font-weight: 600; }
        td.better::after { content: attr(data-mark); }
        td.worse::after { content: attr(data-mark); }
        figure { margin: 18px 0 26px; break-inside: avoid; page-break-inside: avoid; }
        figure svg { display: block; width: 100%; height: auto; border: 1px solid var(--rule); }
        figcaption { color: var(--muted); font-size: 13px; margin-top: 4px; }
        pre { background: #f7f7f7; border: 1px solid var(--rule); padding: 10px; font-size: 11.5px; white-space: pre-wrap; word-break: break-word; }
        code { font-family: "DejaVu Sans Mono", Consolas, monospace; }
        .howto p { margin: 6px 0; }
        footer { margin-top: 40px; color: var(--muted); font-size: 12px; border-top: 1px solid var(--rule); padding-top: 8px; }
        @page { size: A4; margin: 16mm 14mm; }
        @media print {
          body { max-width: none; padding: 0; font-size: 11pt; }
          nav { display: none; }
          h2.page { break-before: page; page-break-before: always; }
          table { font-size: 9.5pt; }
          thead { display: table-header-group; }
          tr { break-inside: avoid; page-break-inside: avoid; }
          .better, .worse { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          figure svg { border: none; }
          pre { font-size: 8pt; }
        }
        """;
}
