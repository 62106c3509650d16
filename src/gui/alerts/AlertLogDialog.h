// AlertLogDialog: what fired and when — the alert log as a table, newest first, following the
// engine while it is open. Messages are plain text (they carry server values).
#pragma once

#include <QDialog>

class QLabel;
class QTreeWidget;

namespace callboard {

class AlertEngine;

class AlertLogDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertLogDialog)
public:
    explicit AlertLogDialog(AlertEngine *engine, QWidget *parent = nullptr);

    int rows() const;
    QString rowText(int row) const; // "14:02:10  Raised  rule  message"
    // What the empty table says ("No alerts yet"); empty while the log has entries.
    QString emptyText() const;

private:
    void reload();

    AlertEngine *m_engine;
    QTreeWidget *m_table;
    QLabel *m_empty;
};

} // namespace callboard
