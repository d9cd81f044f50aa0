#pragma once

#include "common/result.h"
#include "oauth_types.h"

#include <QAbstractOAuthReplyHandler>
#include <QPointer>
#include <QTcpServer>

class QTcpSocket;

namespace docket {

// The two ends of an OAuth exchange that QtNetworkAuth 6.4 leaves to its reply handler:
//  - the loopback redirect (RFC 8252): a listener on 127.0.0.1 only, an ephemeral port unless one
//    is asked for; the state is checked (a mismatch answers 400 and aborts the sign-in); the
//    first valid callback gets a friendly page and closes the listener;
//  - the token endpoint's answer: JSON or form-encoded, and every refusal reported as an
//    OAuthFailure (6.4's own handlers drop HTTP errors and "error" answers without a word).
class LoopbackReplyHandler : public QAbstractOAuthReplyHandler {
    Q_OBJECT
public:
    explicit LoopbackReplyHandler(QObject *parent = nullptr);
    ~LoopbackReplyHandler() override;

    Status listen(quint16 port = 0);
    bool isListening() const { return m_server.isListening(); }
    void close();
    void setExpectedState(const QString &state) { m_expectedState = state; }

    QString callback() const override; // http://127.0.0.1:PORT/callback
    void networkReplyFinished(QNetworkReply *reply) override;

    // The token endpoint's answer as name -> value, whether JSON or form-encoded.
    static QVariantMap parseTokenAnswer(const QByteArray &body, const QByteArray &contentType);

signals:
    void tokenRequestFailed(const docket::OAuthFailure &failure);
    void authorizationFailed(const docket::OAuthFailure &failure);

private:
    void onConnection();
    void onReadable(QTcpSocket *socket);
    void answer(QTcpSocket *socket, int status, const QString &title, const QString &message);

    QTcpServer m_server;
    quint16 m_port = 0;
    QString m_expectedState;
};

} // namespace docket
