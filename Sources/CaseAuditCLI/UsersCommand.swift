import ArgumentParser
import CaseAudit
import CaseAuditWorkspace

/// `caseaudit users ...`: the audit workspace's local accounts.
struct UsersCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "users",
    abstract: "Manage the audit workspace's accounts, kept in the audit history.",
    subcommands: [UsersAddCommand.self]
  )
}

/// `caseaudit users add NAME --role auditor|manager`.
struct UsersAddCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "add", abstract: "Add an account to the audit workspace.",
    discussion: """
      The password is typed at the terminal (twice, not shown) or read from the first line of \
      --password-file, and stored as a bcrypt hash in the history. Auditors record and see \
      their own judgements; managers also see everyone's and the agreement. Example: \
      caseaudit users add alice --role auditor --plan Samples/iro-quarterly-dip-sample.yaml
      """)

  @Argument(help: "The account's name (letters, digits, '.', '-', '_'): the auditor's name.")
  var name: String

  @Option(help: "auditor or manager.")
  var role: String

  @Option(name: .customLong("password-file"), help: "A file whose first line is the password.")
  var passwordFile: String?

  @OptionGroup var arguments: HistoryArguments

  func validate() throws {
    guard Account.Role(rawValue: role) != nil else {
      throw ValidationError("--role must be auditor or manager, not '\(role)'")
    }
  }

  func run() throws {
    let store = try arguments.open()
    let password =
      try passwordFile.map(AccountRegistration.password(fromFile:))
      ?? TerminalPassword.read(for: name)
    try AccountRegistration.add(
      name: name, role: Account.Role(rawValue: role)!, password: password, to: store)
    print("added \(role) '\(name)' to '\(store.path)'")
  }
}
