#pragma once

#include "domain/account.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;
class QRadioButton;
class QStackedWidget;

namespace docket {

class AccountService;
struct JiraSite;

// Connects one tracker account: by OAuth (GitHub's device code, or the browser with a loopback
// redirect and PKCE) or by a token the PM pastes. Nothing is stored until the tracker has accepted
// the credential; the dialog then shows whose account it is and closes.
class ConnectAccountDialog : public QDialog {
    Q_OBJECT
public:
    ConnectAccountDialog(AccountService &service, QNetworkAccessManager *network, QWidget *parent = nullptr);
    ~ConnectAccountDialog() override;

    // The ways each tracker can be connected, in the order the dialog offers them.
    enum class Way {
        GitHubDevice,
        GitHubBrowser,
        GitHubToken,
        LinearBrowser,
        LinearKey,
        JiraBrowser,
        JiraCloudToken,
        JiraDataCenterToken
    };

    void choose(Platform platform, Way way);
    QLineEdit *baseUrlField() const { return m_baseUrl; }
    QLineEdit *emailField() const { return m_email; }
    QLineEdit *tokenField() const { return m_token; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *connectButton() const { return m_connect; }
    std::optional<Account> connectedAccount() const { return m_connected; }

    // Opens a URL in the browser; replaceable so tests can play the browser.
    void setBrowser(std::function<void(const QUrl &)> openUrl) { m_openUrl = std::move(openUrl); }
    void setSiteChooser(std::function<std::optional<JiraSite>(const QList<JiraSite> &)> choose);

signals:
    void accountConnected(const docket::Account &account);

private:
    void updateForm();
    Way currentWay() const;
    void start();
    void startOAuth(Way way);
    void finish(const Result<Account> &account);
    void setBusy(bool busy, const QString &message);

    AccountService &m_service;
    QNetworkAccessManager *m_network;
    QComboBox *m_platform;
    QComboBox *m_way;
    QLineEdit *m_baseUrl;
    QLineEdit *m_email;
    QLineEdit *m_token;
    QLabel *m_emailLabel;
    QLabel *m_tokenLabel;
    QLabel *m_hint;
    QLabel *m_status;
    QPushButton *m_connect;
    QDialogButtonBox *m_buttons;
    QPointer<QObject> m_login;
    std::optional<Account> m_connected;
    std::function<void(const QUrl &)> m_openUrl;
    std::function<std::optional<JiraSite>(const QList<JiraSite> &)> m_chooseSite;
};

} // namespace docket
