#include "TranscriptView.h"

#include "DetailFormat.h"
#include "DetailWidgets.h"

#include <QGridLayout>
#include <QLabel>
#include <QLayoutItem>
#include <QVBoxLayout>

namespace callboard {

TranscriptView::TranscriptView(QWidget *parent)
    : QWidget(parent), m_grid(new QGridLayout),
      m_empty(DetailWidgets::plainLabel({}, this, "muted"))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(12);
    m_grid->setVerticalSpacing(10);
    m_grid->setColumnStretch(1, 1);
    layout->addLayout(m_grid);
    layout->addWidget(m_empty);
    m_empty->hide();
}

void TranscriptView::clear()
{
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_turns = 0;
}

void TranscriptView::setTranscript(const QString &transcript, const QString &emptyText)
{
    using Turn = DetailFormat::TranscriptTurn;
    clear();
    const std::vector<Turn> turns = DetailFormat::parseTranscript(transcript);
    m_empty->setText(emptyText);
    m_empty->setVisible(turns.empty());
    for (const Turn &turn : turns) {
        const char *role = turn.speaker == Turn::Speaker::Agent ? "agent" : "user";
        auto *speaker = DetailWidgets::plainLabel(DetailFormat::speakerLabel(turn), this, role);
        speaker->setObjectName(QStringLiteral("transcriptSpeaker"));
        speaker->setWordWrap(false);
        speaker->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        auto *words = DetailWidgets::plainLabel(turn.text, this);
        words->setObjectName(QStringLiteral("transcriptText"));
        words->setAccessibleName(DetailFormat::speakerLabel(turn));
        m_grid->addWidget(speaker, m_turns, 0, Qt::AlignTop);
        m_grid->addWidget(words, m_turns, 1, Qt::AlignTop);
        ++m_turns;
    }
}

} // namespace callboard
