/// The workspace's pages as Mustache templates, compiled into the binary so an installed
/// `caseaudit` needs no files beside it. `{{x}}` is HTML-escaped; `{{{x}}}` is used only for
/// SVG and report fragments the library wrote, escaped there.
enum PageTemplates {
  /// Every template by name: the pages and the `top` and `bottom` partials they share.
  static let all: [String: String] = [
    "top": top, "bottom": bottom, "sign-in": signIn, "audits": audits, "audit": audit,
    "case": casePage, "moderation": moderation, "problem": problem,
  ]

  static let top = """
    <!DOCTYPE html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{{title}} · CaseAudit workspace</title>
    <link rel="stylesheet" href="/style.css">
    </head>
    <body>
    <header class="bar">
    <a href="/audits" id="home">CaseAudit workspace</a>
    {{#user}}
    <span class="who">Signed in as <strong id="signed-in-as">{{name}}</strong> ({{role}})</span>
    <form method="post" action="/sign-out" id="sign-out-form">
    <input type="hidden" name="csrf" value="{{csrf}}">
    <button type="submit" id="sign-out" name="sign_out">Sign out</button>
    </form>
    {{/user}}
    </header>
    <main>
    {{#problem}}
    <p class="problem" role="alert" id="problem">{{.}}</p>
    {{/problem}}

    """

  static let bottom = """
    </main>
    </body>
    </html>

    """

  static let signIn = """
    {{> top}}
    <h1>Sign in</h1>
    <form method="post" action="/sign-in" id="sign-in-form" class="sign-in">
    <input type="hidden" name="csrf" value="{{csrf}}">
    <label for="name">Name</label>
    <input id="name" name="name" value="{{name}}" autocomplete="username" required>
    <label for="password">Password</label>
    <input id="password" name="password" type="password" autocomplete="current-password"
    required>
    <button type="submit" id="sign-in" name="sign_in">Sign in</button>
    </form>
    <p class="note" id="limit">{{limit}}</p>
    {{> bottom}}
    """

  static let audits = """
    {{> top}}
    <h1>Recorded audits</h1>
    {{^audits}}
    <p>No audit is recorded in this history yet: run <code>caseaudit audit PLAN</code>.</p>
    {{/audits}}
    {{#any}}
    <table id="audits">
    <thead><tr>
    <th>Audit</th><th>Plan</th><th>As at</th><th class="n">Cases</th><th>State</th>
    </tr></thead>
    <tbody>
    {{#audits}}
    <tr>
    {{#complete}}
    <td><a href="/audits/{{id}}" id="audit-{{id}}">Audit {{id}}</a></td>
    {{/complete}}
    {{^complete}}
    <td>Audit {{id}}</td>
    {{/complete}}
    <td>{{plan}}</td><td>{{asAt}}</td><td class="n">{{cases}}</td><td>{{state}}</td>
    </tr>
    {{/audits}}
    </tbody>
    </table>
    {{/any}}
    {{> bottom}}
    """

  static let audit = """
    {{> top}}
    <h1>Audit {{id}}: {{heading}}</h1>
    <dl class="facts">
    {{#facts}}<dt>{{name}}</dt><dd>{{value}}</dd>{{/facts}}
    </dl>
    {{#redacted}}<p class="notice">{{.}}</p>{{/redacted}}
    <nav class="links" aria-label="This audit">
    {{#manager}}
    <a href="/audits/{{id}}/moderation" id="moderation-link">Moderation summary</a> ·
    {{/manager}}
    Downloads:
    {{#downloads}}<a href="/audits/{{id}}/files/{{.}}" id="download-{{.}}">{{.}}</a> {{/downloads}}
    </nav>
    <h2>Standards</h2>
    <table id="standards">
    <thead><tr>
    <th>Rule</th><th class="n">Met</th><th class="n">Not met</th>
    <th class="n">Insufficient evidence</th><th class="n">Not applicable</th>
    </tr></thead>
    <tbody>
    {{#rules}}
    <tr><td>{{rule}}</td><td class="n">{{met}}</td><td class="n">{{notMet}}</td>
    <td class="n">{{insufficient}}</td><td class="n">{{notApplicable}}</td></tr>
    {{/rules}}
    </tbody>
    </table>
    <h2>Sampled cases</h2>
    <p class="note">{{progressNote}}</p>
    <table id="cases">
    <thead><tr>
    <th class="n">#</th><th>Case</th><th>Stratum</th><th>Grade</th>
    {{#auditors}}
    <th class="n">Judged by {{.}}</th>
    {{/auditors}}
    </tr></thead>
    <tbody>
    {{#cases}}
    <tr><td class="n">{{number}}</td>
    <td><a href="/audits/{{audit}}/cases/{{number}}" id="case-{{number}}">{{caseID}}</a></td>
    <td>{{stratum}}</td><td>{{grade}}</td>
    {{#progress}}
    <td class="n">{{.}}</td>
    {{/progress}}
    </tr>
    {{/cases}}
    </tbody>
    </table>
    {{> bottom}}
    """

  static let casePage = """
    {{> top}}
    <nav class="links" aria-label="Cases">
    <a href="/audits/{{audit}}" id="back-to-audit">Audit {{audit}}</a>
    {{#previous}}
    · <a href="/audits/{{audit}}/cases/{{.}}" id="previous-case">Previous case</a>
    {{/previous}}
    {{#next}}
    · <a href="/audits/{{audit}}/cases/{{.}}" id="next-case">Next case</a>
    {{/next}}
    </nav>
    <h1>Case {{caseID}}</h1>
    <dl class="facts">
    {{#facts}}<dt>{{name}}</dt><dd>{{value}}</dd>{{/facts}}
    </dl>
    {{#redacted}}<p class="notice">{{.}}</p>{{/redacted}}
    <figure class="timeline" aria-label="{{timelineDescription}}">
    {{{timeline}}}
    <figcaption>{{timelineCaption}}</figcaption>
    </figure>
    <h2>Findings</h2>
    <p class="note">{{judgementNote}}</p>
    {{#findings}}
    <section class="finding{{#isItem}} item{{/isItem}}" id="{{anchor}}">
    <h3>{{title}} <span class="outcome {{outcome}}">{{outcomeLabel}}</span></h3>
    {{#message}}<p>{{.}}</p>{{/message}}
    {{#evidence}}<p class="evidence"><span>Evidence:</span> {{.}}</p>{{/evidence}}
    {{#judgements}}
    <p class="judgement">{{auditor}}: <strong>{{outcomeLabel}}</strong>{{#note}}: {{.}}{{/note}}</p>
    {{/judgements}}
    <form method="post" action="/audits/{{audit}}/cases/{{number}}/judgements"
    id="judge-{{anchor}}" class="judge">
    <input type="hidden" name="csrf" value="{{csrf}}">
    <input type="hidden" name="rule" value="{{rule}}">
    <input type="hidden" name="item" value="{{item}}">
    <label for="outcome-{{anchor}}">Your outcome</label>
    <select name="outcome" id="outcome-{{anchor}}">
    {{#choices}}
    <option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>
    {{/choices}}
    </select>
    <label for="note-{{anchor}}">Note</label>
    <textarea name="note" id="note-{{anchor}}" rows="2" maxlength="2000">{{note}}</textarea>
    <button type="submit" id="record-{{anchor}}" name="record">Record</button>
    </form>
    </section>
    {{/findings}}
    {{#anyQuestions}}
    <h2>Practice questions</h2>
    {{/anyQuestions}}
    {{#questions}}
    <section class="finding question" id="{{anchor}}">
    <h3>{{question}}</h3>
    {{#guidance}}<p class="evidence">{{.}}</p>{{/guidance}}
    {{#answers}}
    <p class="judgement">{{auditor}}: <strong>{{label}}</strong>{{#note}}: {{.}}{{/note}}</p>
    {{/answers}}
    <form method="post" action="/audits/{{audit}}/cases/{{number}}/answers"
    id="answer-{{id}}" class="judge">
    <input type="hidden" name="csrf" value="{{csrf}}">
    <input type="hidden" name="question" value="{{id}}">
    <label for="answer-choice-{{id}}">Your answer</label>
    <select name="answer" id="answer-choice-{{id}}">
    {{#unanswered}}
    <option value="" selected>(choose)</option>
    {{/unanswered}}
    {{#choices}}
    <option value="{{key}}"{{#selected}} selected{{/selected}}>{{label}}</option>
    {{/choices}}
    </select>
    <label for="answer-note-{{id}}">Note</label>
    <textarea name="note" id="answer-note-{{id}}" rows="2" maxlength="2000">{{note}}</textarea>
    <button type="submit" id="record-answer-{{id}}" name="record">Record</button>
    </form>
    </section>
    {{/questions}}
    {{> bottom}}
    """

  static let moderation = """
    {{> top}}
    <nav class="links"><a href="/audits/{{audit}}" id="back-to-audit">Audit {{audit}}</a></nav>
    <h1>Moderation of audit {{audit}}</h1>
    {{^section}}
    <p id="no-judgements">No auditor has recorded a judgement on this audit yet.</p>
    {{/section}}
    {{#section}}<div class="report">{{{.}}}</div>{{/section}}
    {{> bottom}}
    """

  static let problem = """
    {{> top}}
    <h1>{{heading}}</h1>
    <p><a href="/audits" id="to-audits">The recorded audits</a></p>
    {{> bottom}}
    """
}
