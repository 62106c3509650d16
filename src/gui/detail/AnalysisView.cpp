#include "AnalysisView.h"

#include "DetailFormat.h"
#include "DetailWidgets.h"
#include "gui/widgets/PlainToolTip.h"

#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLayoutItem>
#include <QVBoxLayout>

namespace callboard {

AnalysisView::AnalysisView(QWidget *parent)
    : QWidget(parent), m_grid(new QGridLayout),
      m_empty(DetailWidgets::plainLabel({}, this, "muted"))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    // A grid rather than a form: names stay level with the first line of long values.
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(16);
    m_grid->setVerticalSpacing(8);
    m_grid->setColumnStretch(1, 1);
    layout->addLayout(m_grid);
    layout->addWidget(m_empty);
}

void AnalysisView::clear()
{
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_rows = 0;
}

void AnalysisView::setAnalysis(const Analysis &analysis, const QString &emptyText)
{
    m_empty->setText(emptyText);
    m_empty->setVisible(analysis.empty());
    if (analysis == m_analysis && m_rows == int(analysis.size()))
        return;
    m_analysis = analysis;
    clear();
    for (const AnalysisField &field : analysis) {
        const QString name = DetailFormat::humanizeKey(field.key);
        auto *label = DetailWidgets::plainLabel(name, this, "muted");
        label->setWordWrap(false);
        QWidget *value = valueWidget(field);
        value->setAccessibleName(name);
        if (value->property("chipRow").toBool())
            label->setContentsMargins(0, 3, 0, 0); // level with the text inside the chip
        m_grid->addWidget(label, m_rows, 0, Qt::AlignLeft | Qt::AlignTop);
        m_grid->addWidget(value, m_rows, 1, Qt::AlignTop);
        ++m_rows;
    }
}

QWidget *AnalysisView::valueWidget(const AnalysisField &field)
{
    const AnalysisValue &v = field.value;
    switch (v.type) {
    case AnalysisValue::Type::Null:
        return DetailWidgets::plainLabel(QStringLiteral("—"), this, "muted");
    case AnalysisValue::Type::Bool:
        return v.value.toBool() ? DetailWidgets::plainLabel(tr("✓ Yes"), this, "yes")
                                : DetailWidgets::plainLabel(tr("✗ No"), this);
    case AnalysisValue::Type::Number:
        return DetailWidgets::plainLabel(DetailFormat::number(v.value.toDouble()), this);
    case AnalysisValue::Type::Date:
        return DetailWidgets::plainLabel(DetailFormat::date(v.value.toDate()), this);
    case AnalysisValue::Type::DateTime:
        return DetailWidgets::plainLabel(DetailFormat::dateTime(v.value.toDateTime()), this);
    case AnalysisValue::Type::String:
        if (DetailFormat::isEnumLike(v.text)) {
            // The chip keeps its width; a holder lets the row still span the column.
            auto *holder = new QWidget(this);
            holder->setProperty("chipRow", true);
            auto *row = new QHBoxLayout(holder);
            row->setContentsMargins(0, 0, 0, 0);
            auto *chip = DetailWidgets::chip(DetailFormat::humanizeKey(v.text), holder);
            chip->setToolTip(plainToolTip(v.text));
            row->addWidget(chip);
            row->addStretch(1);
            return holder;
        }
        return DetailWidgets::plainLabel(v.text, this);
    case AnalysisValue::Type::Json: {
        auto *label = DetailWidgets::plainLabel(DetailFormat::prettyJson(v.text), this);
        label->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        return label;
    }
    }
    return DetailWidgets::plainLabel(v.text, this);
}

} // namespace callboard
