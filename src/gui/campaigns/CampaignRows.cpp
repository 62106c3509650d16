#include "CampaignRows.h"

#include "gui/theme/Labels.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace callboard {

namespace {
int percentOf(int part, int whole) { return whole > 0 ? qRound(100.0 * part / whole) : 0; }
} // namespace

int CampaignRow::connectPercent() const
{
    const int ended = stats.in(StatusGroup::Connected) + stats.in(StatusGroup::NotReached)
                      + stats.in(StatusGroup::Failed);
    return percentOf(stats.in(StatusGroup::Connected), ended);
}

int CampaignRow::negativePercent() const
{
    return stats.rated > 0 ? percentOf(stats.negative, stats.rated) : -1;
}

int CampaignRow::donePercent() const
{
    if (batch && batch->totalLeads > 0 && batch->sentLeads >= 0)
        return qMin(100, percentOf(batch->sentLeads, batch->totalLeads));
    return percentOf(stats.finished(), stats.calls);
}

QString CampaignRow::figures() const
{
    const QLocale locale;
    QString text = QCoreApplication::translate("CampaignRows", "%Ln calls · %1 live · %2 % connected",
                                               nullptr, stats.calls)
                       .arg(locale.toString(stats.in(StatusGroup::Live)))
                       .arg(connectPercent());
    if (negativePercent() >= 0)
        text += QCoreApplication::translate("CampaignRows", " · %1 % negative").arg(negativePercent());
    text += QCoreApplication::translate("CampaignRows", " · %1 % done").arg(donePercent());
    if (batch && batch->totalLeads >= 0 && batch->sentLeads >= 0)
        text += QCoreApplication::translate("CampaignRows", " · %1 of %2 leads sent")
                    .arg(locale.toString(batch->sentLeads), locale.toString(batch->totalLeads));
    if (batch && batch->pickedUp >= 0)
        text += QCoreApplication::translate("CampaignRows", " · %1 picked up").arg(locale.toString(batch->pickedUp));
    return text;
}

QString CampaignRow::spokenText() const
{
    const QString status = batch && !batch->status.isEmpty()
        ? QCoreApplication::translate("CampaignRows", "%1 (%2)").arg(name, Labels::batchStatus(batch->status)) : name;
    return QCoreApplication::translate("CampaignRows", "%1: %2").arg(status, figures());
}

std::vector<CampaignRow> campaignRows(const CallStats &stats, const Directory *names)
{
    std::vector<CampaignRow> rows;
    const auto &campaigns = stats.campaigns();
    for (auto it = campaigns.cbegin(); it != campaigns.cend(); ++it) {
        CampaignRow row;
        row.key = it.key();
        row.name = names ? names->campaignName(it.key()) : it.key();
        row.stats = it.value();
        row.batch = names ? names->batch(it.key()) : nullptr;
        rows.push_back(row);
    }
    std::sort(rows.begin(), rows.end(), [](const CampaignRow &a, const CampaignRow &b) {
        return a.stats.calls != b.stats.calls ? a.stats.calls > b.stats.calls : a.key < b.key;
    });
    return rows;
}

} // namespace callboard
