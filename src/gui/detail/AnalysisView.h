// AnalysisView: a call's post-call analysis, one row per field, each value shown by its
// type: ✓ Yes / ✗ No, numbers, local dates and times, short tokens as chips, prose wrapped,
// nested JSON in monospace. Every value is plain text.
#pragma once

#include "core/model/CallLog.h"

#include <QWidget>

class QGridLayout;
class QLabel;

namespace callboard {

class AnalysisView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnalysisView)
public:
    explicit AnalysisView(QWidget *parent = nullptr);

    // emptyText: what to say when there are no fields (pending, or none for this agent).
    void setAnalysis(const Analysis &analysis, const QString &emptyText);
    const Analysis &analysis() const { return m_analysis; }

private:
    QWidget *valueWidget(const AnalysisField &field);
    void clear();

    Analysis m_analysis;
    QGridLayout *m_grid;
    int m_rows = 0;
    QLabel *m_empty;
};

} // namespace callboard
