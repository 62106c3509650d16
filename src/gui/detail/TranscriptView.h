// TranscriptView: the call's transcript as speaker-labelled turns (speaker in bold, the words
// as plain text beside it). Lines of one speaker in a row form one turn.
#pragma once

#include <QWidget>

class QGridLayout;
class QLabel;

namespace callboard {

class TranscriptView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TranscriptView)
public:
    explicit TranscriptView(QWidget *parent = nullptr);

    // emptyText is shown when the transcript is empty (live call, not answered).
    void setTranscript(const QString &transcript, const QString &emptyText);
    int turnCount() const { return m_turns; }

private:
    void clear();

    QGridLayout *m_grid;
    QLabel *m_empty;
    int m_turns = 0;
};

} // namespace callboard
