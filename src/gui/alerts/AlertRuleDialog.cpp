#include "AlertRuleDialog.h"

#include "gui/theme/Labels.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace callboard {

namespace {
QString kindTitle(AlertRule::Kind kind)
{
    switch (kind) {
    case AlertRule::Kind::NegativeShare: return AlertRuleDialog::tr("Negative sentiment share");
    case AlertRule::Kind::EndReasonFailures: return AlertRuleDialog::tr("Failures with given end reasons");
    case AlertRule::Kind::AnalysisFieldEquals: return AlertRuleDialog::tr("Analysis field equals a value");
    case AlertRule::Kind::LiveAbove: return AlertRuleDialog::tr("Live calls above a number");
    case AlertRule::Kind::NoNewCalls: return AlertRuleDialog::tr("No new calls during working hours");
    }
    return {};
}
} // namespace

AlertRuleDialog::AlertRuleDialog(const AlertRule &rule, QWidget *parent)
    : QDialog(parent), m_rule(rule), m_form(new QFormLayout), m_name(new QLineEdit(this)),
      m_enabled(new QCheckBox(tr("On"), this)), m_threshold(new QDoubleSpinBox(this)), m_window(new QSpinBox(this)),
      m_minSample(new QSpinBox(this)), m_endReasons(new QListWidget(this)), m_field(new QLineEdit(this)),
      m_value(new QLineEdit(this)), m_workStart(new QTimeEdit(this)), m_workEnd(new QTimeEdit(this)),
      m_days(new QLineEdit(this)), m_sound(new QCheckBox(tr("Play a sound when it fires"), this)),
      m_problem(new QLabel(this))
{
    using Kind = AlertRule::Kind;
    setWindowTitle(tr("Alert rule: %1").arg(kindTitle(rule.kind)));
    m_name->setText(rule.name);
    m_name->setPlaceholderText(tr("optional: a short label for the banner"));
    m_enabled->setChecked(rule.enabled);
    m_form->addRow(tr("&Name:"), m_name);
    m_form->addRow(QString(), m_enabled);

    const bool share = rule.kind == Kind::NegativeShare;
    m_threshold->setDecimals(0);
    m_threshold->setRange(share ? 1 : 1, share ? 100 : 100000);
    m_threshold->setSuffix(share ? tr(" %") : QString());
    m_threshold->setValue(share ? rule.threshold * 100 : rule.threshold);
    const QString thresholdLabel = share ? tr("&Above:") : rule.kind == Kind::LiveAbove ? tr("&More than:")
                                 : rule.kind == Kind::NoNewCalls ? QString() : tr("&At least:");
    if (rule.kind != Kind::NoNewCalls)
        m_form->addRow(thresholdLabel, m_threshold);
    m_window->setRange(1, 24 * 60);
    m_window->setSuffix(tr(" min"));
    m_window->setValue(rule.windowMinutes);
    if (rule.kind != Kind::LiveAbove)
        m_form->addRow(rule.kind == Kind::NoNewCalls ? tr("&Quiet for:") : tr("&In the last:"), m_window);
    m_minSample->setRange(1, 10000);
    m_minSample->setValue(rule.minSample);
    if (share)
        m_form->addRow(tr("Only with at &least:"), m_minSample);
    // Picked by the labels shown everywhere else; a code this build does not know (kept from
    // the settings file) is listed too, so saving never drops it.
    QStringList reasons = knownEndReasons();
    for (const QString &code : rule.endReasons)
        if (!reasons.contains(code))
            reasons << code;
    for (const QString &code : std::as_const(reasons)) {
        auto *item = new QListWidgetItem(Labels::endReason(code), m_endReasons);
        item->setData(Qt::UserRole, code);
        item->setToolTip(code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(rule.endReasons.contains(code) ? Qt::Checked : Qt::Unchecked);
    }
    m_endReasons->setAccessibleName(tr("End reasons"));
    m_endReasons->setMinimumHeight(160);
    if (rule.kind == Kind::EndReasonFailures)
        m_form->addRow(tr("&End reasons:"), m_endReasons);
    m_field->setText(rule.field);
    m_field->setPlaceholderText(QStringLiteral("follow_up_required"));
    m_value->setText(rule.value);
    m_value->setPlaceholderText(QStringLiteral("true"));
    if (rule.kind == Kind::AnalysisFieldEquals) {
        m_form->addRow(tr("Analysis &field:"), m_field);
        m_form->addRow(tr("E&quals:"), m_value);
    }
    for (QTimeEdit *t : {m_workStart, m_workEnd})
        t->setDisplayFormat(QStringLiteral("HH:mm"));
    m_workStart->setTime(rule.workStart);
    m_workEnd->setTime(rule.workEnd);
    m_days->setText(workDaysToString(rule.workDays));
    m_days->setPlaceholderText(QStringLiteral("Mon-Fri"));
    if (rule.kind == Kind::NoNewCalls) {
        m_form->addRow(tr("Working hours &from:"), m_workStart);
        m_form->addRow(tr("&to:"), m_workEnd);
        m_form->addRow(tr("&Days:"), m_days);
    }
    m_form->addRow(QString(), m_sound);
    m_sound->setChecked(rule.sound);
    for (QWidget *w : {static_cast<QWidget *>(m_threshold), static_cast<QWidget *>(m_window), static_cast<QWidget *>(m_minSample),
                       static_cast<QWidget *>(m_endReasons), static_cast<QWidget *>(m_field), static_cast<QWidget *>(m_value),
                       static_cast<QWidget *>(m_workStart), static_cast<QWidget *>(m_workEnd), static_cast<QWidget *>(m_days)})
        w->setVisible(m_form->indexOf(w) >= 0);

    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    QFont bold = m_problem->font();
    bold.setBold(true);
    m_problem->setFont(bold);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    // Wide enough for its title ("Alert rule: Failures with given end reasons") and labels.
    setMinimumWidth(qMax(420, fontMetrics().horizontalAdvance(windowTitle()) + 120));
}

AlertRule AlertRuleDialog::rule() const
{
    AlertRule r = m_rule;
    r.name = m_name->text().trimmed();
    r.enabled = m_enabled->isChecked();
    r.threshold = r.kind == AlertRule::Kind::NegativeShare ? m_threshold->value() / 100.0 : m_threshold->value();
    r.windowMinutes = m_window->value();
    r.minSample = m_minSample->value();
    r.endReasons.clear();
    for (int i = 0; i < m_endReasons->count(); ++i)
        if (m_endReasons->item(i)->checkState() == Qt::Checked)
            r.endReasons << m_endReasons->item(i)->data(Qt::UserRole).toString();
    r.field = m_field->text().trimmed();
    r.value = m_value->text().trimmed();
    r.workStart = m_workStart->time();
    r.workEnd = m_workEnd->time();
    if (!workDaysFromString(m_days->text(), &r.workDays))
        r.workDays = 0; // isValid() then names the problem
    r.sound = m_sound->isChecked();
    return r;
}

QString AlertRuleDialog::problem() const { return m_problem->text(); }

void AlertRuleDialog::accept()
{
    const AlertRule r = rule();
    QString why;
    if (r.kind == AlertRule::Kind::NoNewCalls && r.workDays == 0)
        why = tr("Days must look like Mon-Fri or Mon,Wed,Fri.");
    else if (!r.isValid(&why) && why.isEmpty())
        why = tr("This rule cannot be checked.");
    if (!why.isEmpty()) {
        m_problem->setText(tr("⚠ %1").arg(why));
        return;
    }
    QDialog::accept();
}

} // namespace callboard
