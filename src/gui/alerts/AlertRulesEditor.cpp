#include "AlertRulesEditor.h"

#include "AlertRuleDialog.h"
#include "gui/widgets/PlainToolTip.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QMenu>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace callboard {

AlertRulesEditor::AlertRulesEditor(QWidget *parent)
    : QWidget(parent), m_table(new QTreeWidget(this)), m_edit(new QPushButton(tr("&Edit…"), this)),
      m_remove(new QPushButton(tr("&Remove"), this))
{
    m_table->setHeaderLabels({tr("Rule"), tr("Sound")});
    m_table->setRootIsDecorated(false);
    m_table->setAccessibleName(tr("Alert rules"));
    m_table->header()->setStretchLastSection(false);
    m_table->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->setMinimumHeight(120);
    auto *add = new QPushButton(tr("&Add"), this);
    auto *menu = new QMenu(add);
    using Kind = AlertRule::Kind;
    const QList<QPair<Kind, QString>> kinds{
        {Kind::NegativeShare, tr("Negative sentiment share…")},
        {Kind::EndReasonFailures, tr("Failures with given end reasons…")},
        {Kind::AnalysisFieldEquals, tr("Analysis field equals a value…")},
        {Kind::LiveAbove, tr("Live calls above a number…")},
        {Kind::NoNewCalls, tr("No new calls during working hours…")}};
    for (const auto &[kind, label] : kinds)
        menu->addAction(label, this, [this, kind = kind] { addRule(kind); });
    add->setMenu(menu);
    connect(m_edit, &QPushButton::clicked, this, &AlertRulesEditor::editSelected);
    connect(m_remove, &QPushButton::clicked, this, &AlertRulesEditor::removeSelected);
    connect(m_table, &QTreeWidget::itemDoubleClicked, this, &AlertRulesEditor::editSelected);
    connect(m_table, &QTreeWidget::itemSelectionChanged, this, [this] {
        const bool any = m_table->currentItem() != nullptr;
        m_edit->setEnabled(any);
        m_remove->setEnabled(any);
    });
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    m_edit->setEnabled(false);
    m_remove->setEnabled(false);
}

void AlertRulesEditor::setRules(const std::vector<AlertRule> &rules)
{
    m_rules = rules;
    reload();
}

std::vector<AlertRule> AlertRulesEditor::rules() const
{
    std::vector<AlertRule> result = m_rules;
    for (int i = 0; i < int(result.size()) && i < m_table->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_table->topLevelItem(i);
        result[size_t(i)].enabled = item->checkState(0) == Qt::Checked;
        result[size_t(i)].sound = item->checkState(1) == Qt::Checked;
    }
    return result;
}

void AlertRulesEditor::reload()
{
    m_table->clear();
    for (const AlertRule &r : m_rules) {
        auto *item = new QTreeWidgetItem(m_table);
        item->setText(0, r.name.isEmpty() ? r.describe() : tr("%1 — %2").arg(r.name, r.describe()));
        item->setToolTip(0, plainToolTip(r.describe()));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(0, r.enabled ? Qt::Checked : Qt::Unchecked);
        item->setCheckState(1, r.sound ? Qt::Checked : Qt::Unchecked);
    }
    m_table->resizeColumnToContents(1);
}

QString AlertRulesEditor::uniqueId(AlertRule::Kind kind) const
{
    const QString base = alertKindKey(kind);
    for (int n = 1;; ++n) {
        const QString id = n == 1 ? base : base + QLatin1Char('_') + QString::number(n);
        if (std::none_of(m_rules.begin(), m_rules.end(), [&](const AlertRule &r) { return r.id == id; }))
            return id;
    }
}

void AlertRulesEditor::appendRule(const AlertRule &rule)
{
    m_rules = rules();
    AlertRule r = rule;
    if (r.id.isEmpty() || std::any_of(m_rules.begin(), m_rules.end(), [&](const AlertRule &o) { return o.id == r.id; }))
        r.id = uniqueId(r.kind);
    m_rules.push_back(r);
    reload();
    m_table->setCurrentItem(m_table->topLevelItem(int(m_rules.size()) - 1));
}

void AlertRulesEditor::addRule(AlertRule::Kind kind)
{
    auto *dialog = new AlertRuleDialog(AlertRule::withDefaults(kind), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { appendRule(dialog->rule()); });
    dialog->open();
}

void AlertRulesEditor::editSelected()
{
    const int row = m_table->indexOfTopLevelItem(m_table->currentItem());
    if (row < 0)
        return;
    m_rules = rules();
    auto *dialog = new AlertRuleDialog(m_rules[size_t(row)], this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, row] {
        if (row < int(m_rules.size())) {
            m_rules[size_t(row)] = dialog->rule();
            reload();
        }
    });
    dialog->open();
}

void AlertRulesEditor::removeSelected()
{
    const int row = m_table->indexOfTopLevelItem(m_table->currentItem());
    if (row < 0)
        return;
    m_rules = rules();
    m_rules.erase(m_rules.begin() + row);
    reload();
}

} // namespace callboard
