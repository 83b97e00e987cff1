import CaseAudit

/// The workspace's one style sheet, served at /style.css: the reports' own (for the
/// moderation tables and timelines) and the workspace's bar, forms and findings.
enum Stylesheet {
  /// The CSS.
  static let css = DocumentHTML.stylesheet + "\n" + workspace

  private static let workspace = """
    .bar{display:flex;gap:1rem;align-items:center;flex-wrap:wrap;border-bottom:2px solid #1f6feb;
    padding:.4rem 0;margin-bottom:1rem}
    .bar #home{font-weight:600;text-decoration:none;color:#1b1b1b;margin-right:auto}
    .bar form{margin:0}
    .problem{background:#fde8e8;border-left:4px solid #b42318;padding:.5rem .75rem}
    .notice{background:#eef4ff;border-left:4px solid #1f6feb;padding:.5rem .75rem}
    .sign-in{display:grid;grid-template-columns:max-content 16rem;gap:.5rem 1rem;
    align-items:center;margin:1rem 0}
    .sign-in button{grid-column:2;justify-self:start}
    .facts{display:grid;grid-template-columns:max-content auto;gap:.15rem 1rem}
    .facts dt{font-weight:600}.facts dd{margin:0}
    .links{margin:.5rem 0 1rem}
    .finding{border:1px solid #c8c8c8;border-radius:4px;padding:.5rem .75rem;margin:0 0 .75rem}
    .finding.item{margin-left:2rem;border-style:dashed}
    .finding h3{margin:.2rem 0;font-size:1.05rem}
    .outcome{font-size:.85rem;padding:.05rem .4rem;border-radius:3px;background:#eee;
    font-weight:normal}
    .outcome.met{background:#dff3e4}.outcome.not_met{background:#fde8e8}
    .outcome.insufficient_evidence{background:#fff4d6}
    .evidence{font-size:.9rem;color:#333}.evidence span{font-weight:600}
    .judgement{background:#f6f8fa;padding:.25rem .5rem;margin:.25rem 0}
    .judge{display:flex;gap:.5rem;align-items:flex-start;flex-wrap:wrap;margin-top:.5rem}
    .judge textarea{min-width:20rem;flex:1}
    figure.timeline{margin:1rem 0;overflow-x:auto}
    figure.timeline svg{max-width:100%;height:auto}
    button{padding:.25rem .75rem}
    input,select,textarea,button{font:inherit;font-size:.95rem}
    input,textarea{padding:.2rem .35rem}
    """
}
