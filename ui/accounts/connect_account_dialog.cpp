#include "connect_account_dialog.h"

#include "auth/account_service.h"
#include "auth/authorization_code_login.h"
#include "auth/device_login.h"
#include "auth/oauth_config.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace docket {

namespace {

using Way = ConnectAccountDialog::Way;

struct WayInfo {
    Way way;
    Platform platform;
    const char *label;
    const char *defaultBase;
    const char *hint;
};

const QList<WayInfo> &ways()
{
    static const QList<WayInfo> list{
        {Way::GitHubDevice, Platform::GitHub,
         QT_TRANSLATE_NOOP("docket::ConnectAccountDialog", "Sign in with a device code"),
         "https://api.github.com",
         QT_TRANSLATE_NOOP("docket::ConnectAccountDialog",
                           "Docket shows a code and opens GitHub's page; enter the code there. For GitHub "
                           "Enterprise Server, use https://HOST/api/v3.")},
        {Way::GitHubBrowser, Platform::GitHub,
         QT_TRANSLATE_NOOP("docket::ConnectAccountDialog", "Sign in through the browser"),
         "https://api.github.com",
         QT_TRANSLATE_NOOP(
             "docket::ConnectAccountDialog",
             "GitHub's sign-in page opens in your browser and returns to Docket on this computer.")},
        {Way::GitHubToken, Platform::GitHub,
         QT_TRANSLATE_NOOP("docket::ConnectAccountDialog", "Personal access token"), "https://api.github.com",
         QT_TRANSLATE_NOOP("docket::ConnectAccountDialog",
                           "A fine-grained or classic token with access to the repositories' issues.")},
        {Way::LinearBrowser, Platform::Linear,
         QT_TRANSLATE_NOOP("docket::ConnectAccountDialog", "Sign in through the browser"),
         "https://api.linear.app",
         QT_TRANSLATE_NOOP(
             "docket::ConnectAccountDialog",
             "Linear's sign-in page opens in your browser and returns to Docket on this computer.")},
        {Way::LinearKey, Platform::Linear,
         QT_TRANSLATE_NOOP("docket::ConnectAccountDialog", "Personal API key"), "https://api.linear.app",
         QT_TRANSLATE_NOOP("docket::ConnectAccountDialog", "Create one in Linear under Settings › API.")},
        {Way::JiraBrowser, Platform::Jira,
         QT_TRANSLATE_NOOP("docket::ConnectAccountDialog", "Jira Cloud: sign in with Atlassian"),
         "https://api.atlassian.com",
         QT_TRANSLATE_NOOP(
             "docket::ConnectAccountDialog",
             "Atlassian's consent page opens in your browser; you choose the site afterwards.")},
        {Way::JiraCloudToken, Platform::Jira,
         QT_TRANSLATE_NOOP("docket::ConnectAccountDialog", "Jira Cloud: e-mail and API token"),
         "https://your-site.atlassian.net",
         QT_TRANSLATE_NOOP(
             "docket::ConnectAccountDialog",
             "Your site's address, your Atlassian e-mail, and an API token from id.atlassian.com.")},
        {Way::JiraDataCenterToken, Platform::Jira,
         QT_TRANSLATE_NOOP("docket::ConnectAccountDialog", "Jira Data Center: personal access token"),
         "https://jira.example.com",
         QT_TRANSLATE_NOOP("docket::ConnectAccountDialog",
                           "Your Jira server's address and a personal access token.")},
    };
    return list;
}

const WayInfo &infoOf(Way way)
{
    for (const WayInfo &info : ways())
        if (info.way == way)
            return info;
    return ways().first();
}

bool usesToken(Way way)
{
    return way == Way::GitHubToken || way == Way::LinearKey || way == Way::JiraCloudToken ||
           way == Way::JiraDataCenterToken;
}

} // namespace

ConnectAccountDialog::ConnectAccountDialog(AccountService &service, QNetworkAccessManager *network,
                                           QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_network(network)
    , m_platform(new QComboBox(this))
    , m_way(new QComboBox(this))
    , m_baseUrl(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_token(new QLineEdit(this))
    , m_emailLabel(new QLabel(tr("&E-mail:"), this))
    , m_tokenLabel(new QLabel(tr("&Token:"), this))
    , m_hint(new QLabel(this))
    , m_status(new QLabel(this))
    , m_connect(new QPushButton(tr("&Connect"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_openUrl([](const QUrl &url) { QDesktopServices::openUrl(url); })
{
    setWindowTitle(tr("Connect a Tracker Account"));
    for (Platform platform : {Platform::GitHub, Platform::Linear, Platform::Jira})
        m_platform->addItem(platformDisplayName(platform), int(platform));
    m_platform->setAccessibleName(tr("Tracker"));
    m_way->setAccessibleName(tr("How to connect"));
    m_baseUrl->setObjectName(QStringLiteral("baseUrlField"));
    m_baseUrl->setAccessibleName(tr("Address"));
    m_email->setObjectName(QStringLiteral("emailField"));
    m_email->setAccessibleName(tr("E-mail"));
    m_token->setObjectName(QStringLiteral("tokenField"));
    m_token->setAccessibleName(tr("Token"));
    m_token->setEchoMode(QLineEdit::Password); // a token is never shown on screen
    m_emailLabel->setBuddy(m_email);
    m_tokenLabel->setBuddy(m_token);
    m_hint->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("connectStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_connect->setDefault(true);
    m_buttons->addButton(m_connect, QDialogButtonBox::ActionRole);

    connect(m_platform, &QComboBox::currentIndexChanged, this, [this] {
        const Platform platform = Platform(m_platform->currentData().toInt());
        m_way->clear();
        for (const WayInfo &info : ways())
            if (info.platform == platform)
                m_way->addItem(tr(info.label), int(info.way));
        updateForm();
    });
    connect(m_way, &QComboBox::currentIndexChanged, this, &ConnectAccountDialog::updateForm);
    connect(m_connect, &QPushButton::clicked, this, &ConnectAccountDialog::start);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("Trac&ker:"), m_platform);
    form->addRow(tr("&How:"), m_way);
    form->addRow(tr("&Address:"), m_baseUrl);
    form->addRow(m_emailLabel, m_email);
    form->addRow(m_tokenLabel, m_token);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    resize(520, 320);
    m_platform->setCurrentIndex(-1);
    m_platform->setCurrentIndex(0);
}

ConnectAccountDialog::~ConnectAccountDialog() = default;

void ConnectAccountDialog::setSiteChooser(
    std::function<std::optional<JiraSite>(const QList<JiraSite> &)> choose)
{
    m_chooseSite = std::move(choose);
}

void ConnectAccountDialog::choose(Platform platform, Way way)
{
    m_platform->setCurrentIndex(m_platform->findData(int(platform)));
    m_way->setCurrentIndex(m_way->findData(int(way)));
}

ConnectAccountDialog::Way ConnectAccountDialog::currentWay() const
{
    return Way(m_way->currentData().toInt());
}

void ConnectAccountDialog::updateForm()
{
    if (m_way->currentIndex() < 0)
        return;
    const WayInfo &info = infoOf(currentWay());
    m_baseUrl->setText(QString::fromLatin1(info.defaultBase));
    m_hint->setText(tr(info.hint));
    const bool token = usesToken(info.way);
    const bool email = info.way == Way::JiraCloudToken;
    m_token->setVisible(token);
    m_tokenLabel->setVisible(token);
    m_email->setVisible(email);
    m_emailLabel->setVisible(email);
    m_tokenLabel->setText(info.way == Way::LinearKey ? tr("API &key:") : tr("&Token:"));
    m_status->clear();
}

void ConnectAccountDialog::setBusy(bool busy, const QString &message)
{
    m_connect->setEnabled(!busy);
    for (QWidget *field : {static_cast<QWidget *>(m_platform), static_cast<QWidget *>(m_way),
                           static_cast<QWidget *>(m_baseUrl), static_cast<QWidget *>(m_email),
                           static_cast<QWidget *>(m_token)})
        field->setEnabled(!busy);
    m_status->setText(message);
}

void ConnectAccountDialog::start()
{
    const Way way = currentWay();
    const WayInfo &info = infoOf(way);
    const QUrl base = QUrl::fromUserInput(m_baseUrl->text().trimmed());
    if (Status url = checkBaseUrl(base); !url) {
        m_status->setText(url.error().message);
        return;
    }
    if (!usesToken(way)) {
        startOAuth(way);
        return;
    }
    Account draft;
    draft.platform = info.platform;
    draft.apiBaseUrl = base;
    draft.email = m_email->text().trimmed();
    draft.method = way == Way::LinearKey        ? AuthMethod::ApiKey
                   : way == Way::JiraCloudToken ? AuthMethod::EmailApiToken
                                                : AuthMethod::PersonalToken;
    setBusy(true, tr("Checking the token with the tracker…"));
    const QString secret = m_token->text();
    m_token->clear(); // the dialog keeps no copy
    m_service.connectWithSecret(draft, secret, [this](Result<Account> account) { finish(account); });
}

void ConnectAccountDialog::startOAuth(Way way)
{
    const WayInfo &info = infoOf(way);
    Account draft;
    draft.platform = info.platform;
    draft.apiBaseUrl = QUrl::fromUserInput(m_baseUrl->text().trimmed());
    draft.method = way == Way::GitHubDevice ? AuthMethod::OAuthDevice : AuthMethod::OAuthWeb;
    const OAuthClientConfig config = oauthConfigFor(info.platform, draft.apiBaseUrl);
    const auto granted = [this, draft](const OAuthTokens &tokens) {
        setBusy(true, tr("Signed in; checking the account…"));
        const auto chooser =
            m_chooseSite ? m_chooseSite : [this](const QList<JiraSite> &sites) -> std::optional<JiraSite> {
            QStringList names;
            for (const JiraSite &site : sites)
                names.append(QStringLiteral("%1 (%2)").arg(site.name, site.url.toString()));
            bool chosen = false;
            const QString name =
                QInputDialog::getItem(this, tr("Choose a Jira Site"),
                                      tr("This Atlassian account reaches several sites. Which one "
                                         "should Docket use?"),
                                      names, 0, false, &chosen);
            if (!chosen)
                return std::nullopt;
            return sites.value(names.indexOf(name));
        };
        m_service.connectWithOAuth(draft, tokens, chooser,
                                   [this](Result<Account> account) { finish(account); });
    };
    const auto refused = [this](const OAuthFailure &failure) {
        setBusy(
            false,
            tr("Not connected: %1").arg(failure.description.isEmpty() ? failure.code : failure.description));
    };
    if (way == Way::GitHubDevice) {
        auto *login = new DeviceLogin(m_network, config, this);
        connect(login, &DeviceLogin::codeReady, this,
                [this](const QString &userCode, const QUrl &page, const QDateTime &expiresAt) {
                    QApplication::clipboard()->setText(userCode);
                    setBusy(true,
                            tr("Enter the code %1 on the page that opened (%2). It is on the clipboard and "
                               "valid until %3.")
                                .arg(userCode, page.toString(),
                                     expiresAt.toLocalTime().toString(QStringLiteral("HH:mm"))));
                    m_openUrl(page);
                });
        connect(login, &DeviceLogin::succeeded, this, granted);
        connect(login, &DeviceLogin::failed, this, refused);
        connect(this, &QDialog::rejected, login, &DeviceLogin::cancel);
        m_login = login;
        setBusy(true, tr("Asking GitHub for a code…"));
        login->start();
        return;
    }
    auto *login = new AuthorizationCodeLogin(m_network, config, this);
    connect(login, &AuthorizationCodeLogin::authorizationUrlReady, this, [this](const QUrl &url) {
        setBusy(true, tr("Finish signing in on the page that opened in your browser."));
        m_openUrl(url);
    });
    connect(login, &AuthorizationCodeLogin::succeeded, this, granted);
    connect(login, &AuthorizationCodeLogin::failed, this, refused);
    connect(this, &QDialog::rejected, login, &AuthorizationCodeLogin::cancel);
    m_login = login;
    setBusy(true, tr("Opening the sign-in page…"));
    login->start();
}

void ConnectAccountDialog::finish(const Result<Account> &account)
{
    if (!account) {
        setBusy(false, tr("Not connected: %1").arg(account.error().message));
        return;
    }
    m_connected = account.value();
    setBusy(false, tr("Connected as %1.").arg(account.value().accountName));
    emit accountConnected(account.value());
    accept();
}

} // namespace docket
