/// The Mustache template of the HTML audit report. Edit the HTML below freely: `{{name}}` is
/// escaped text, `{{{name}}}` is SVG made by CaseAudit, `{{#list}}...{{/list}}` repeats.
enum AuditHTMLTemplate {
  static let text = #"""
    <!DOCTYPE html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{{title}}</title>
    <style>
    body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;color:#1b1b1b;max-width:72rem;
    margin:1.5rem auto;padding:0 1rem;line-height:1.4}
    h1{font-size:1.6rem;margin-bottom:.2rem}
    h2{border-bottom:2px solid #1f6feb;padding-bottom:.2rem;margin-top:2rem}
    table{border-collapse:collapse;margin:.5rem 0 1rem}
    th,td{border:1px solid #c8c8c8;padding:.25rem .5rem;text-align:left;vertical-align:top}
    th{background:#f0f3f7}
    td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
    td.i{white-space:nowrap}
    .meta{color:#444}.meta dt{font-weight:600;float:left;clear:left;width:10rem}
    .meta dd{margin-left:10.5rem}
    .not_met{color:#b71c1c;font-weight:600}.insufficient_evidence{color:#8d6e00;font-weight:600}
    .met{color:#1b5e20}.not_applicable{color:#666}
    .case{border:1px solid #ddd;border-radius:6px;padding:.5rem 1rem;margin:1rem 0;
    page-break-inside:avoid}
    .grade{display:inline-block;padding:0 .5rem;border-radius:4px;background:#eef}
    svg{max-width:100%;height:auto}.plots{display:flex;flex-wrap:wrap;gap:1rem}
    .plots figure{margin:0;width:26rem}
    figcaption{font-size:.85rem;color:#444}code{background:#f3f3f3;padding:0 .2rem}
    @media print{body{max-width:none}h2{page-break-before:auto}}
    </style>
    </head>
    <body>
    <header>
    <h1>{{title}}</h1>
    <dl class="meta">
    <dt>Plan</dt><dd><code>{{plan_id}}</code></dd>
    <dt>Period</dt><dd>{{period}}; as at {{as_at}}</dd>
    <dt>Rule pack</dt>
    <dd><code>{{pack_id}}</code> version {{pack_version}}, fingerprint
    <code>{{pack_fingerprint}}</code></dd>
    <dt>Data</dt><dd>fingerprint <code>{{data_fingerprint}}</code></dd>
    <dt>Seed</dt><dd>{{seed}} (CaseAudit {{engine_version}})</dd>
    {{#redacted}}<dt>Redacted</dt><dd>{{redacted}}</dd>{{/redacted}}
    <dt>Population</dt>
    <dd>{{population}} cases; sample {{sample_size}} cases{{#excluded}}; {{excluded}}{{/excluded}}{{#undecided}}; {{undecided}} cases left
    out because their membership could not be decided{{/undecided}}</dd>
    {{#warnings}}<dt>Warning</dt><dd>{{.}}</dd>
    {{/warnings}}
    </dl>
    <table><caption>Sample by stratum</caption><tr><th scope="col">Stratum</th>
    <th scope="col">Population</th><th scope="col">Sample</th></tr>
    {{#strata}}<tr><td>{{name}}</td><td class="n">{{population}}</td><td class="n">{{sample}}</td>
    </tr>
    {{/strata}}</table>
    </header>
    <main>
    <section id="summary">
    <h2>Summary</h2>
    <table><caption>Grades of the sampled cases</caption><tr><th scope="col">Grade</th>
    <th scope="col">Cases</th></tr>
    {{#grades}}<tr><td>{{grade}}</td><td class="n">{{cases}}</td></tr>
    {{/grades}}</table>
    <p>{{statistics_method}}</p>
    <table><caption>Standards in the sampled cases</caption>
    <tr><th scope="col">Standard</th><th scope="col">Applicable</th><th scope="col">Met</th>
    <th scope="col">Not met</th><th scope="col">Insufficient evidence</th>
    <th scope="col">Compliance</th><th scope="col">95% interval</th>
    <th scope="col">Non-compliance at most</th><th scope="col">Population estimate</th></tr>
    {{#rules}}<tr><th scope="row">{{title}}<br><code>{{rule_id}}</code></th>
    <td class="n">{{applicable}}</td><td class="n">{{met}}</td><td class="n">{{not_met}}</td>
    <td class="n">{{insufficient}}</td><td class="n">{{compliance}}</td>
    <td class="i">{{interval}}</td><td class="n">{{upper}}</td><td class="n">{{estimate}}</td></tr>
    {{/rules}}</table>
    <ul class="methods">{{#statistics_notes}}<li>{{.}}</li>{{/statistics_notes}}</ul>
    <table>
    <caption>Items within the sampled cases (reviews, periods, escalations, actions)</caption>
    <tr><th scope="col">Standard</th><th scope="col">Applicable</th><th scope="col">Met</th>
    <th scope="col">Not met</th><th scope="col">Insufficient evidence</th>
    <th scope="col">Compliance</th></tr>
    {{#item_rules}}<tr><th scope="row"><code>{{rule_id}}</code></th>
    <td class="n">{{applicable}}</td><td class="n">{{met}}</td><td class="n">{{not_met}}</td>
    <td class="n">{{insufficient}}</td><td class="n">{{compliance}}</td></tr>
    {{/item_rules}}</table>
    </section>
    {{#has_trends}}<section id="trends">
    <h2>Trends</h2>
    <p>{{trends_method}}</p>
    <div class="plots">{{#trends}}<figure>{{{svg}}}<figcaption><code>{{rule_id}}</code>: p = {{p}}
    ({{test}}), {{verdict}}</figcaption></figure>{{/trends}}</div>
    </section>{{/has_trends}}
    {{{moderation_html}}}
    <section id="consistency">
    <h2>Consistency</h2>
    <p>{{consistency_method}} In the plots the 95% limits are dashed, the 99.8% dotted; red
    points lie below the limits, green above.</p>
    {{#groupings}}
    <h3>By {{name}}</h3>
    {{{heatmap}}}
    <div class="plots">{{#plots}}
    <figure>{{{svg}}}<figcaption><code>{{rule_id}}</code>{{#outliers}}:
    {{outliers}}{{/outliers}}</figcaption></figure>{{/plots}}</div>
    {{/groupings}}
    </section>
    {{#has_tallies}}<section id="themes">
    <h2>Themes</h2>
    <p>Counted over the sampled cases.</p>
    {{#tallies}}<table><caption>{{title}} ({{total}}){{#unknown}}; {{unknown}}{{/unknown}}</caption>
    <tr><th scope="col">Value</th><th scope="col">Count</th><th scope="col">Share</th></tr>
    {{#rows}}<tr><td>{{value}}</td><td class="n">{{count}}</td><td class="n">{{share}}</td></tr>
    {{/rows}}</table>
    {{/tallies}}
    </section>{{/has_tallies}}
    <section id="cases">
    <h2>Cases</h2>
    {{#cases}}
    <article class="case" id="case-{{case_id}}">
    <h3>{{case_id}} <span class="grade">{{grade}}</span></h3>
    <p>Stratum {{stratum}}{{#key}}; priority key <code>{{key}}</code>{{/key}}{{#score}}; score
    {{score}}{{/score}}</p>
    {{{timeline}}}
    <table><tr><th scope="col">Standard</th><th scope="col">Outcome</th><th scope="col">Finding</th>
    <th scope="col">Evidence</th></tr>
    {{#findings}}<tr><td><code>{{rule_id}}</code></td><td class="{{outcome}}">{{outcome_text}}</td>
    <td>{{message}}{{#items}}<br>{{item_id}}: 
    <span class="{{outcome}}">{{outcome_text}}</span>{{#message}} —
    {{message}}{{/message}}{{/items}}</td>
    <td>{{evidence}}</td></tr>
    {{/findings}}</table>
    </article>
    {{/cases}}
    </section>
    <section id="data-quality">
    <h2>Data quality</h2>
    <table><caption>Records loaded</caption><tr><th scope="col">Type</th><th scope="col">File</th>
    <th scope="col">Loaded</th><th scope="col">Excluded for errors</th></tr>
    {{#counts}}<tr><td>{{type}}</td><td>{{file}}</td><td class="n">{{loaded}}</td>
    <td class="n">{{excluded}}</td></tr>
    {{/counts}}</table>
    <table><caption>Import problems by kind</caption><tr><th scope="col">Kind</th>
    <th scope="col">Errors</th><th scope="col">Warnings</th></tr>
    {{#kinds}}<tr><td>{{kind}}</td><td class="n">{{errors}}</td><td class="n">{{warnings}}</td></tr>
    {{/kinds}}{{^kinds}}<tr><td colspan="3">none</td></tr>{{/kinds}}</table>
    </section>
    </main>
    </body>
    </html>

    """#
}
