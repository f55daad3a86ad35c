package corpus

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"strings"
)

// migrate brings the schema of db from version from to schemaVersion, one
// transaction per step, and recreates the undo triggers. A project that
// already holds data (from > 0) is first copied to path+".bak", replacing
// the previous backup.
func migrate(db *sql.DB, path string, from int) error {
	if from >= schemaVersion {
		return nil
	}
	if from > 0 {
		if err := backup(db, path+".bak"); err != nil {
			return fmt.Errorf("corpus: %s: backup before migration: %w", path, err)
		}
	}
	for _, m := range migrations {
		if m.to <= from {
			continue
		}
		if err := migrateStep(db, m); err != nil {
			return fmt.Errorf("corpus: %s: migrating to schema %d: %w", path, m.to, err)
		}
	}
	return nil
}

// migrateStep applies one migration in a transaction.
func migrateStep(db *sql.DB, m migration) error {
	tx, err := db.BeginTx(context.Background(), nil)
	if err != nil {
		return err
	}
	defer tx.Rollback() //nolint:errcheck // a no-op after Commit
	if _, err := tx.Exec(m.stmt); err != nil {
		return err
	}
	if err := createUndoTriggers(tx); err != nil {
		return err
	}
	stmt := fmt.Sprintf(`PRAGMA application_id = %d; PRAGMA user_version = %d`, applicationID, m.to)
	if _, err := tx.Exec(stmt); err != nil {
		return err
	}
	return tx.Commit()
}

// backup writes a consistent copy of db to dst with VACUUM INTO, replacing
// an older copy only once the new one is complete.
func backup(db *sql.DB, dst string) error {
	tmp := dst + ".tmp"
	if err := os.Remove(tmp); err != nil && !os.IsNotExist(err) {
		return err
	}
	if _, err := db.Exec(`VACUUM INTO '` + strings.ReplaceAll(tmp, "'", "''") + `'`); err != nil {
		return err
	}
	return os.Rename(tmp, dst)
}
