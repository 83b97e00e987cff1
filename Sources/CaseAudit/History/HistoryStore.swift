import Foundation
import GRDB

/// The audit history: one SQLite file recording each audit — plan, fingerprints, seed, sample,
/// findings, grades — in one transaction, so a crash or a kill leaves the previous state whole.
public struct HistoryStore: Sendable {
  /// The file.
  public let path: String
  let database: DatabaseQueue

  /// Opens (creating when missing) the history at a path and migrates its schema.
  public init(path: String) throws {
    self.path = path
    // SQLite would open a device or a FIFO and write a journal beside it: only a regular file,
    // or nothing yet, may be a history.
    if let problem = PathStatus.of(path).fileProblem, !problem.isMissing {
      throw Diagnostic.error("the audit history \(problem.message(path))")
    }
    let folder = (path as NSString).deletingLastPathComponent
    do {
      if !folder.isEmpty {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      }
      // The history holds real ids even for redacted audits: a new one is readable by its
      // owner only (SQLite gives its -wal and -shm files the same mode).
      let created = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
      if created >= 0 { close(created) }
      // Several audits may record into one history at once: WAL lets readers and one writer
      // go on together, and a writer waits its turn for up to a minute instead of failing
      // with "database is locked".
      var configuration = Configuration()
      configuration.journalMode = .wal
      configuration.busyMode = .timeout(60)
      database = try Self.queue(path, configuration)
      // Processes opening a new history together each read which migrations it lacks, then
      // apply them one transaction each; one that finds a migration already applied by another
      // fails and looks again. Each such failure means one more migration was applied since
      // its last look, so one attempt more than there are migrations always ends applied.
      let migrator = HistoryStore.migrator
      let attempts = migrator.migrations.count + 1
      for attempt in 1...attempts {
        do {
          try migrator.migrate(database)
          break
        } catch where attempt < attempts {
          continue
        }
      }
    } catch {
      throw Diagnostic.error("cannot open the audit history '\(path)': \(error)")
    }
  }

  /// Opens the file. Connections opening a new file together race to switch it to WAL, and
  /// SQLite can refuse one that switch at once ("database is locked"), without waiting out
  /// its busy timeout; it is tried again, every 50 ms for up to ten seconds.
  private static func queue(_ path: String, _ configuration: Configuration) throws -> DatabaseQueue {
    var attempts = 0
    while true {
      do {
        return try DatabaseQueue(path: path, configuration: configuration)
      } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY && attempts < 200 {
        attempts += 1
        usleep(50_000)
      }
    }
  }

  /// The default history of a plan: `.caseaudit/history.sqlite` beside it.
  public static func defaultPath(forPlan plan: String) -> String {
    folder(forPlan: plan) + "/history.sqlite"
  }

  /// The `.caseaudit` folder beside a plan, where its history and redaction key live.
  public static func folder(forPlan plan: String) -> String {
    let folder = (plan as NSString).deletingLastPathComponent
    return (folder.isEmpty ? "" : folder + "/") + ".caseaudit"
  }

  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1") { db in
      try db.execute(
        sql: """
          CREATE TABLE audit (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            plan_id TEXT NOT NULL, plan_title TEXT NOT NULL, plan_path TEXT NOT NULL,
            as_at TEXT, period_start TEXT, period_end TEXT, seed TEXT NOT NULL,
            pack_id TEXT NOT NULL, pack_version TEXT NOT NULL, pack_fingerprint TEXT NOT NULL,
            data_fingerprint TEXT NOT NULL, population INTEGER NOT NULL,
            excluded INTEGER NOT NULL, recorded_at TEXT NOT NULL);
          CREATE TABLE sample (
            audit_id INTEGER NOT NULL REFERENCES audit(id), case_id TEXT NOT NULL,
            stratum TEXT NOT NULL, key TEXT NOT NULL, grade TEXT, score REAL,
            PRIMARY KEY (audit_id, case_id));
          CREATE TABLE finding (
            audit_id INTEGER NOT NULL REFERENCES audit(id), case_id TEXT NOT NULL,
            rule_id TEXT NOT NULL, item_id TEXT NOT NULL, outcome TEXT NOT NULL,
            message TEXT, evidence TEXT NOT NULL,
            PRIMARY KEY (audit_id, case_id, rule_id, item_id));
          CREATE INDEX sample_case ON sample(case_id);
          """)
    }
    migrator.registerMigration("v2 moderation") { db in
      try db.execute(
        sql: """
          CREATE TABLE moderation (
            audit_id INTEGER NOT NULL REFERENCES audit(id), case_id TEXT NOT NULL,
            rule_id TEXT NOT NULL, item_id TEXT NOT NULL, auditor TEXT NOT NULL,
            outcome TEXT NOT NULL, note TEXT NOT NULL,
            PRIMARY KEY (audit_id, case_id, rule_id, item_id, auditor));
          """)
    }
    migrator.registerMigration("v3 completion") { db in
      // Audits recorded before this column existed are taken as complete: nothing tells.
      try db.execute(sql: "ALTER TABLE audit ADD COLUMN complete INTEGER NOT NULL DEFAULT 1")
    }
    migrator.registerMigration("v4 practice questions") { db in
      // Histories made before practice questions gain the tables; their audits have none.
      try db.execute(
        sql: """
          CREATE TABLE question (
            audit_id INTEGER NOT NULL REFERENCES audit(id), question_id TEXT NOT NULL,
            position INTEGER NOT NULL, question TEXT NOT NULL, guidance TEXT NOT NULL,
            scale TEXT NOT NULL, PRIMARY KEY (audit_id, question_id));
          CREATE TABLE case_question (
            audit_id INTEGER NOT NULL REFERENCES audit(id), case_id TEXT NOT NULL,
            question_id TEXT NOT NULL, PRIMARY KEY (audit_id, case_id, question_id));
          CREATE TABLE answer (
            audit_id INTEGER NOT NULL REFERENCES audit(id), case_id TEXT NOT NULL,
            question_id TEXT NOT NULL, auditor TEXT NOT NULL, answer TEXT NOT NULL,
            note TEXT NOT NULL, answered_at TEXT NOT NULL,
            PRIMARY KEY (audit_id, case_id, question_id, auditor));
          """)
    }
    migrator.registerMigration("v5 accounts") { db in
      // The workspace's local accounts; a moderation records when it was written (rows stored
      // before this column existed have none).
      try db.execute(
        sql: """
          CREATE TABLE account (
            name TEXT PRIMARY KEY, role TEXT NOT NULL, password_hash TEXT NOT NULL,
            created_at TEXT NOT NULL);
          ALTER TABLE moderation ADD COLUMN recorded_at TEXT;
          """)
    }
    migrator.registerMigration("v6 redaction") { db in
      // Whether the audit's report was redacted, so later views of it (history report, the
      // workspace) stay redacted; audits recorded before this column existed say nothing.
      try db.execute(sql: "ALTER TABLE audit ADD COLUMN redacted INTEGER NOT NULL DEFAULT 0")
    }
    return migrator
  }
}
