// AlertRuleDialog: edits one alert rule — the fields its kind uses and nothing else. OK is
// refused, with the reason under the form, while the rule is not valid.
#pragma once

#include "core/alerts/AlertRule.h"

#include <QDialog>

class QCheckBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTimeEdit;

namespace callboard {

class AlertRuleDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertRuleDialog)
public:
    explicit AlertRuleDialog(const AlertRule &rule, QWidget *parent = nullptr);

    AlertRule rule() const; // as the form says now
    QString problem() const;
    void accept() override;

    // The form's fields, for tests.
    QLineEdit *nameEdit() const { return m_name; }
    QDoubleSpinBox *thresholdEdit() const { return m_threshold; }
    // End reasons by their labels ("Line busy"), checkable; each item's data is the wire code.
    QListWidget *endReasonsList() const { return m_endReasons; }
    QLineEdit *daysEdit() const { return m_days; }

private:
    AlertRule m_rule;
    QFormLayout *m_form;
    QLineEdit *m_name;
    QCheckBox *m_enabled;
    QDoubleSpinBox *m_threshold;
    QSpinBox *m_window;
    QSpinBox *m_minSample;
    QListWidget *m_endReasons;
    QLineEdit *m_field;
    QLineEdit *m_value;
    QTimeEdit *m_workStart;
    QTimeEdit *m_workEnd;
    QLineEdit *m_days;
    QCheckBox *m_sound;
    QLabel *m_problem;
};

} // namespace callboard
