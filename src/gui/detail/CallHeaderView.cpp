#include "CallHeaderView.h"

#include "DetailFormat.h"
#include "DetailWidgets.h"
#include "core/directory/Directory.h"
#include "gui/models/CardContent.h"
#include "gui/theme/Labels.h"
#include "gui/theme/Theme.h"
#include "gui/widgets/ElidedLabel.h"
#include "gui/widgets/PlainToolTip.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace callboard {

namespace {
QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("—") : text;
}
} // namespace

CallHeaderView::CallHeaderView(QWidget *parent)
    : QWidget(parent), m_status(DetailWidgets::plainLabel({}, this)),
      m_sentiment(DetailWidgets::plainLabel({}, this)),
      m_when(DetailWidgets::plainLabel({}, this, "muted")), m_fields(new QWidget(this)),
      m_form(new QFormLayout(m_fields))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    m_status->setFont(scaledFont(m_status->font(), 1.3, true));
    m_status->setWordWrap(false);
    m_status->setObjectName(QStringLiteral("detailStatus"));
    m_status->setAccessibleName(tr("Status"));
    m_sentiment->setFont(scaledFont(m_sentiment->font(), 1.1, false));
    m_sentiment->setWordWrap(false);
    m_sentiment->setObjectName(QStringLiteral("detailSentiment"));
    m_sentiment->setAccessibleName(tr("Sentiment"));
    auto *top = new QHBoxLayout;
    top->setSpacing(20);
    top->addWidget(m_status, 0, Qt::AlignBaseline);
    top->addWidget(m_sentiment, 0, Qt::AlignBaseline);
    top->addStretch(1);
    layout->addLayout(top);
    m_when->setAccessibleName(tr("Started and duration"));
    layout->addWidget(m_when);
    layout->addSpacing(8);

    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setHorizontalSpacing(16);
    m_form->setVerticalSpacing(6);
    m_form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addWidget(m_fields);
    m_agent = addRow(tr("Agent"));
    m_campaign = addRow(tr("Campaign"));
    m_direction = addRow(tr("Direction"));
    m_type = addRow(tr("Type"));
    m_from = addRow(tr("From"));
    m_to = addRow(tr("To"));
    // An end reason is a few words: they wrap, and the tooltip keeps the server's own text.
    auto *endLabel = DetailWidgets::plainLabel(tr("End reason"), m_fields, "muted");
    endLabel->setWordWrap(false);
    m_endReason = DetailWidgets::plainLabel({}, m_fields);
    m_endReason->setAccessibleName(tr("End reason"));
    m_endReason->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_form->addRow(endLabel, m_endReason);
    // A long id gives way in its middle ("call_672f…99b295"): both ends stay to compare, the
    // whole id is in the tooltip, and "Copy call id" copies it.
    m_callId = addRow(tr("Call id"), Qt::ElideMiddle);
    m_logId = addRow(tr("Log id"), Qt::ElideMiddle);
    m_batch = addRow(tr("Batch"), Qt::ElideMiddle);
    m_transcriber = addRow(tr("Fallback transcriber"), Qt::ElideMiddle);
}

ElidedLabel *CallHeaderView::addRow(const QString &name, Qt::TextElideMode mode)
{
    auto *label = DetailWidgets::plainLabel(name, m_fields, "muted");
    label->setWordWrap(false);
    // Long values must not widen the pane past the window: they end in "…" at its edge (the
    // whole value in the tooltip) and stay selectable for copying.
    auto *value = new ElidedLabel(QString(), m_fields);
    value->setElideMode(mode);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_form->addRow(label, value);
    return value;
}

void CallHeaderView::setRow(ElidedLabel *row, const QString &rowName, const QString &text)
{
    row->setFullText(orDash(text));
    row->setAccessibleName(rowName); // the reader hears "Call id", then the whole value
    row->setAccessibleDescription(text);
}

void CallHeaderView::setCall(const CallLog &call, const Theme &theme)
{
    m_fields->show();
    m_status->setText(Labels::statusGlyph(call.group()) + QLatin1Char(' ') + Labels::status(call));
    m_status->setStyleSheet(
        QStringLiteral("color: %1;").arg(theme.statusColor(call.group()).name()));
    m_status->setToolTip(plainToolTip(call.statusText));
    m_sentiment->setText(
        Labels::sentimentGlyph(call.shownSentiment()) + QLatin1Char(' ') +
        (call.shownSentiment() == Sentiment::None ? tr("No sentiment") : Labels::sentiment(call)));
    m_sentiment->setStyleSheet(
        QStringLiteral("color: %1;").arg(theme.sentimentColor(call.shownSentiment()).name()));

    QString when = DetailFormat::dateTimeSeconds(call.createdAtMs);
    if (call.durationSeconds >= 0)
        when += QStringLiteral("  ·  ") + tr("%1 long").arg(Labels::duration(call.durationSeconds));
    m_when->setText(when);

    // The name a supervisor knows, and beneath it the id (selectable, for support tickets).
    auto nameAndId = [](const QString &name, const QString &id) {
        return name.isEmpty() || name == id ? orDash(id) : name + QLatin1Char('\n') + id;
    };
    setRow(m_agent, tr("Agent"), nameAndId(CardContent::agentName(call, m_names), call.agentId));
    setRow(m_campaign, tr("Campaign"),
           nameAndId(CardContent::campaignName(call, m_names),
                     call.campaignId.isEmpty() ? call.batchCallId : call.campaignId));
    setRow(m_direction, tr("Direction"), Labels::direction(call.callDirection));
    setRow(m_type, tr("Type"), Labels::callType(call.type));
    setRow(m_from, tr("From"), call.fromNumber);
    setRow(m_to, tr("To"), call.toNumber);
    m_endReason->setText(Labels::endReason(call.endReasonText));
    m_endReason->setToolTip(plainToolTip(call.endReasonText));
    setRow(m_callId, tr("Call id"), call.callId);
    setRow(m_logId, tr("Log id"), call.id);
    setRow(m_batch, tr("Batch"), call.batchCallId);
    setRow(m_transcriber, tr("Fallback transcriber"), call.fallbackSttTranscriberId);
}

void CallHeaderView::setCallId(const QString &id, bool lookupFailed)
{
    m_status->setText(lookupFailed ? tr("Call not available") : tr("Looking up the call…"));
    m_status->setStyleSheet(QString());
    m_status->setToolTip(QString());
    m_sentiment->clear();
    m_when->setText(id);
    m_fields->hide();
}

} // namespace callboard
