// FirstRunPage: what the main window shows when there is no API key at all: a calm welcome
// with the two ways forward, entering a key or starting the demo.
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace callboard {

class Theme;

class FirstRunPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstRunPage)
public:
    explicit FirstRunPage(QWidget *parent = nullptr); // light theme until setTheme()
    explicit FirstRunPage(const Theme *theme, QWidget *parent = nullptr);

    // Restyles from the theme's colours; the pointer is not kept.
    void setTheme(const Theme *theme);

signals:
    void keyRequested();
    void demoRequested();

private:
    QLabel *m_title;
    QLabel *m_explanation;
    QLabel *m_note;
    QPushButton *m_enterKey;
    QPushButton *m_demo;
};

} // namespace callboard
