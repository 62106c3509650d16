// SimTcpServer: the listening socket under the simulator's QHttpServer. It can abort a new
// connection the moment it is accepted (the "reset" fault), before any HTTP is read.
#pragma once

#include <QTcpServer>

#include <functional>

namespace callboard::sim {

class SimTcpServer final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimTcpServer)
public:
    explicit SimTcpServer(QObject *parent = nullptr) : QTcpServer(parent) {}

    // Asked once per accepted connection; true aborts it.
    void setResetDecider(std::function<bool()> decider) { m_shouldReset = std::move(decider); }

Q_SIGNALS:
    void connectionReset();

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    std::function<bool()> m_shouldReset;
};

} // namespace callboard::sim
