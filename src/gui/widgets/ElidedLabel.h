// ElidedLabel: a one-line caption that gives way when its column is narrow — it switches to
// its short form if it has one, else ends in "…", instead of being cut or pushing its
// neighbours; the whole text is then in its tooltip. Text of several lines ("name\nid")
// elides line by line.
#pragma once

#include <QLabel>

namespace callboard {

class ElidedLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElidedLabel)
public:
    explicit ElidedLabel(const QString &text, QWidget *parent = nullptr);

    void setFullText(const QString &text);
    const QString &fullText() const { return m_fullText; }
    // Shown instead of the full text when only it fits ("Status" for "Calls by status").
    void setShortText(const QString &text);
    bool isElided() const { return text() != m_fullText; }
    // Where the "…" goes (right by default; an id keeps both ends with Qt::ElideMiddle).
    void setElideMode(Qt::TextElideMode mode);

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

signals:
    void clicked(); // a left click released over it (a status bar entry that opens more)

protected:
    void resizeEvent(QResizeEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void elide();

    QString m_fullText;
    QString m_shortText;
    Qt::TextElideMode m_mode = Qt::ElideRight;
};

} // namespace callboard
