#pragma once

#include "common/result.h"
#include "domain/account.h"

#include <QNetworkRequest>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class QNetworkReply;

namespace docket {

// Who a credential belongs to, as the tracker says.
struct TrackerIdentity {
    QString name; // GitHub login, Linear or Jira display name
    QString id;
    QString email;
};

// A Jira Cloud site a token can reach (accessible-resources).
struct JiraSite {
    QString cloudId;
    QString name;
    QUrl url;
    QStringList scopes;
};

// Puts the credential on a request the way each tracker expects it: GitHub "Bearer", Linear
// OAuth "Bearer" but a personal API key bare, Jira Cloud e-mail + API token as Basic, Jira
// OAuth and Data Center tokens as "Bearer".
void authorizeRequest(QNetworkRequest &request, const Account &account, const QString &secret);

// The "who am I" call of each tracker (GitHub GET /user, Linear viewer, Jira /myself), used to
// check a credential before it is stored, and the Jira Cloud site lookup. One call at a time.
class TrackerIdentityCheck : public QObject {
    Q_OBJECT
public:
    explicit TrackerIdentityCheck(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~TrackerIdentityCheck() override;

    void check(const Account &account, const QString &secret);
    void listJiraSites(const QUrl &resourcesUrl, const QString &accessToken);
    void cancel();

signals:
    // An Error whose `where` is "unauthorized" means the tracker refused the credential.
    void checked(const docket::Result<docket::TrackerIdentity> &identity);
    void sitesListed(const docket::Result<QList<docket::JiraSite>> &sites);

private:
    QNetworkRequest requestFor(const Account &account, const QString &path, const QString &secret) const;
    void onIdentity(QNetworkReply *reply, const Account &account);
    void onSites(QNetworkReply *reply);

    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
};

// The `where` of the Error a refused credential gives.
inline const QString kUnauthorized = QStringLiteral("unauthorized");

} // namespace docket

Q_DECLARE_METATYPE(docket::Result<docket::TrackerIdentity>)
Q_DECLARE_METATYPE(docket::Result<QList<docket::JiraSite>>)
