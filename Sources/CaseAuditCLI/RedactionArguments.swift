import ArgumentParser
import CaseAudit

/// `--redact` and `--redact-key`: pseudonyms in place of ids, references and personal fields.
struct RedactionArguments: ParsableArguments {
  @Flag(help: "Replace ids, references and personal fields by keyed pseudonyms.")
  var redact = false

  @Option(
    name: .customLong("redact-key"),
    help: """
      The pseudonym key file: 64 hex digits, created (mode 0600) on first use where nothing \
      exists (default: .caseaudit/redaction.key).
      """)
  var redactKey: String?

  /// The redactor asked for (or `always` wanted, by a plan), reading or creating the key;
  /// `folder` is where the key lives when --redact-key is not given.
  func redactor(keyFolder folder: String, always: Bool = false) throws -> Redactor? {
    let redact = self.redact || always
    if redactKey != nil && !redact { throw ValidationError("--redact-key needs --redact") }
    guard redact else { return nil }
    let (key, warnings) = try RedactionKey.load(at: redactKey ?? folder + "/redaction.key")
    DiagnosticPrinter.print(warnings)
    return Redactor(key: key)
  }
}
