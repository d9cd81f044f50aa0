#pragma once

#include "oauth_config.h"
#include "oauth_types.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;

namespace docket {

// GitHub's device flow (RFC 8628), the default for a desktop app: no redirect, no secret. Docket
// shows the user code and opens the verification page; meanwhile it polls at the interval the
// server gives, slows down when told to (slow_down adds 5 seconds, or takes the server's new
// interval), and stops at expiry, denial, cancel() or success. QtNetworkAuth has no device flow.
class DeviceLogin : public QObject {
    Q_OBJECT
public:
    DeviceLogin(QNetworkAccessManager *network, OAuthClientConfig config, QObject *parent = nullptr);
    ~DeviceLogin() override;

    void start();
    void cancel();
    int pollIntervalSeconds() const { return m_intervalSeconds; }

signals:
    void codeReady(const QString &userCode, const QUrl &verificationUri, const QDateTime &expiresAt);
    void succeeded(const docket::OAuthTokens &tokens);
    void failed(const docket::OAuthFailure &failure);

private:
    QNetworkReply *post(const QUrl &url, const QList<std::pair<QString, QString>> &fields);
    void onDeviceCode(QNetworkReply *reply);
    void poll();
    void onPollAnswer(QNetworkReply *reply);
    void fail(const OAuthFailure &failure);

    QNetworkAccessManager *m_network;
    OAuthClientConfig m_config;
    QString m_deviceCode;
    QDateTime m_expiresAt;
    int m_intervalSeconds = 5;
    QTimer m_pollTimer;
    QPointer<QNetworkReply> m_reply;
    bool m_done = false;
};

} // namespace docket
