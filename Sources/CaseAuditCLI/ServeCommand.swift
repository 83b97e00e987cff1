import ArgumentParser
import CaseAudit
import CaseAuditWorkspace
import Foundation

/// `caseaudit serve`: the audit workspace in the browser.
struct ServeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "serve", abstract: "Serve the audit workspace over a history in the browser.",
    discussion: """
      Auditors sign in with the accounts of `caseaudit users add`, open a recorded audit's \
      sampled cases, read each case's timeline and findings, moderate each finding (agree with \
      the engine's outcome or record another, with a note) and answer the pack's practice \
      questions; every judgement and answer is stored in the history with who gave it and \
      when, as `history moderate` stores them. Managers also see everyone's judgements, how \
      far each auditor has got, and the moderation summary (agreement and kappa as `history \
      report` computes them, from the history as it is now). Each audit's report files and \
      its findings.csv, with the judgements and answers, can be downloaded. Binds to \
      127.0.0.1 (this machine only) unless --host says otherwise; prints its address; stops \
      on Ctrl-C. Example: caseaudit serve --plan Samples/iro-quarterly-dip-sample.yaml
      """)

  @OptionGroup var arguments: HistoryArguments

  @Option(help: "The address to listen on.")
  var host = "127.0.0.1"

  @Option(help: "The port to listen on (0 to 65535; 0 picks a free one).")
  var port = "8080"

  @Flag(
    name: .customLong("secure-cookies"),
    help: "Mark cookies Secure: give it when browsers reach the workspace by https (a proxy).")
  var secureCookies = false

  func run() throws {
    let port = try NumericArgument.whole(port, "--port", in: 0...65535)
    let store = try arguments.open()
    let workspace = try Workspace(store: store, secureCookies: secureCookies)
    try WorkspaceServer.runBlocking(workspace: workspace, host: host, port: Int(port)) {
      address in
      // Written straight to the descriptor: a pipe reading it sees the line at once.
      FileHandle.standardOutput.write(
        Data("the audit workspace is at \(address) (Ctrl-C stops it)\n".utf8))
    }
  }
}
