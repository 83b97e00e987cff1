/// The style sheet of every HTML report: readable on screen, and on A4 paper with headings kept
/// with what follows, tables and figures whole on a page where they fit, and wide tables in
/// smaller type or on a landscape page.
enum DocumentHTMLStyle {
  /// The CSS, placed in the page's `<style>`.
  static let css = """
    body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;color:#1b1b1b;max-width:72rem;
    margin:1.5rem auto;padding:0 1rem;line-height:1.4}
    h1{font-size:1.6rem;margin-bottom:.2rem}
    h2{border-bottom:2px solid #1f6feb;padding-bottom:.2rem;margin-top:2rem}
    h2,h3,h4{break-after:avoid;page-break-after:avoid}
    table{border-collapse:collapse;margin:.5rem 0 .25rem}
    .caption{font-weight:600;margin:.5rem 0 0}
    th,td{border:1px solid #c8c8c8;padding:.25rem .5rem;text-align:left;vertical-align:top}
    thead th{background:#f0f3f7}tbody th{font-weight:normal}
    td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
    tr.total th,tr.total td{font-weight:600;border-top:2px solid #888}
    .block{margin:0 0 1rem;break-inside:avoid;page-break-inside:avoid;overflow-x:auto}
    .small table{font-size:.8rem}.small th,.small td{padding:.15rem .3rem}
    .note{font-size:.85rem;color:#444;margin:.2rem 0 0;max-width:48rem}
    dl.facts dt{font-weight:600;float:left;clear:left;width:10rem}
    dl.facts dd{margin-left:10.5rem}
    .notices{border-left:4px solid #d29922;background:#fff8e1;padding:.4rem .8rem;margin:1rem 0}
    .notices p{margin:.2rem 0}
    nav.toc ol{padding-left:1.2rem;margin:.2rem 0}nav.toc a{text-decoration:none}
    .not_met{color:#b71c1c;font-weight:600}.insufficient_evidence{color:#8d6e00;font-weight:600}
    .met{color:#1b5e20}.not_applicable{color:#666}
    .case{border:1px solid #ddd;border-radius:6px;padding:.5rem 1rem;margin:1rem 0;
    break-inside:avoid;page-break-inside:avoid}
    .grade{display:inline-block;padding:0 .5rem;border-radius:4px;background:#eef}
    svg{max-width:100%;height:auto}
    figure{margin:0 0 1rem;break-inside:avoid;page-break-inside:avoid}
    .plots{display:flex;flex-wrap:wrap;gap:1rem}.plots figure{width:26rem}
    .plots svg{width:100%}
    figcaption{font-size:.85rem;color:#444}code{background:#f3f3f3;padding:0 .2rem}
    @page{size:A4;margin:15mm 12mm}
    @page wide{size:A4 landscape;margin:12mm 15mm}
    .landscape{page:wide}
    @media print{body{max-width:none;margin:0;padding:0;font-size:10pt}
    a{color:inherit;text-decoration:none}thead{display:table-header-group}
    .block{overflow:visible}
    tr{break-inside:avoid;page-break-inside:avoid}.plots figure{width:48%}
    h2{margin-top:1.2rem}}
    """
}
