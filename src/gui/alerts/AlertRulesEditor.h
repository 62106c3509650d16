// AlertRulesEditor: the alert rules as the settings dialog lists them — each with its switch,
// its description and whether it sounds — with Add (by kind), Edit… and Remove.
#pragma once

#include "core/alerts/AlertRule.h"

#include <QWidget>

#include <vector>

class QPushButton;
class QTreeWidget;

namespace callboard {

class AlertRulesEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertRulesEditor)
public:
    explicit AlertRulesEditor(QWidget *parent = nullptr);

    void setRules(const std::vector<AlertRule> &rules);
    std::vector<AlertRule> rules() const; // with the switches as ticked
    // Adds a rule of this kind through the rule dialog (tests pass a dialog-free path below).
    void addRule(AlertRule::Kind kind);
    void appendRule(const AlertRule &rule);
    void removeSelected();
    QTreeWidget *table() const { return m_table; }

private:
    void reload();
    void editSelected();
    QString uniqueId(AlertRule::Kind kind) const;

    std::vector<AlertRule> m_rules;
    QTreeWidget *m_table;
    QPushButton *m_edit;
    QPushButton *m_remove;
};

} // namespace callboard
