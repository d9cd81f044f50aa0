#include "accounts_dialog.h"

#include "auth/account_service.h"
#include "connect_account_dialog.h"
#include "store/workspace.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace docket {

namespace {

QString statusText(const Account &account)
{
    switch (account.status) {
    case AccountStatus::Connected:
        return AccountsDialog::tr("✓ Connected");
    case AccountStatus::ReconnectNeeded:
        return AccountsDialog::tr("⚠ Reconnect needed");
    case AccountStatus::Disconnected:
        return AccountsDialog::tr("Disconnected");
    }
    return {};
}

QString methodText(AuthMethod method)
{
    switch (method) {
    case AuthMethod::OAuthWeb:
        return AccountsDialog::tr("Browser sign-in");
    case AuthMethod::OAuthDevice:
        return AccountsDialog::tr("Device code");
    case AuthMethod::PersonalToken:
        return AccountsDialog::tr("Personal token");
    case AuthMethod::ApiKey:
        return AccountsDialog::tr("API key");
    case AuthMethod::EmailApiToken:
        return AccountsDialog::tr("E-mail and API token");
    }
    return {};
}

} // namespace

AccountsDialog::AccountsDialog(Workspace &workspace, AccountService &service, QNetworkAccessManager *network,
                               QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_service(service)
    , m_network(network)
    , m_list(new QTreeWidget(this))
    , m_message(new QLabel(this))
    , m_disconnect(new QPushButton(tr("&Disconnect"), this))
{
    setWindowTitle(tr("Tracker Accounts"));
    m_list->setObjectName(QStringLiteral("accountList"));
    m_list->setAccessibleName(tr("Tracker accounts"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels(
        {tr("Tracker"), tr("Account"), tr("Where"), tr("How"), tr("Status"), tr("Since")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_message->setObjectName(QStringLiteral("accountsMessage"));
    m_message->setWordWrap(true);
    m_message->setText(tr("Tokens are kept in the system keychain, never in the workspace or the settings."));

    auto *connectButton = new QPushButton(tr("&Connect…"), this);
    connectButton->setObjectName(QStringLiteral("connectAccount"));
    m_disconnect->setObjectName(QStringLiteral("disconnectAccount"));
    connect(connectButton, &QPushButton::clicked, this, &AccountsDialog::openConnectDialog);
    connect(m_disconnect, &QPushButton::clicked, this, &AccountsDialog::disconnectSelected);
    connect(m_list, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *current) { m_disconnect->setEnabled(current != nullptr); });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(connectButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_disconnect, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(760, 360);
    refresh();
}

void AccountsDialog::refresh()
{
    m_list->clear();
    auto accounts = m_workspace.accounts();
    if (!accounts) {
        m_message->setText(accounts.error().toString());
        return;
    }
    for (const Account &account : accounts.value()) {
        const QString where = account.siteUrl.isEmpty()
                                  ? account.apiBaseUrl.toString()
                                  : tr("%1 (%2)").arg(account.siteName, account.siteUrl.toString());
        auto *item = new QTreeWidgetItem(
            m_list, {platformDisplayName(account.platform), account.accountName, where,
                     methodText(account.method), statusText(account),
                     QLocale().toString(account.connectedAt.toLocalTime(), QLocale::ShortFormat)});
        item->setData(0, Qt::UserRole, account.id);
    }
    m_disconnect->setEnabled(m_list->currentItem() != nullptr);
    if (accounts.value().isEmpty())
        m_message->setText(
            tr("No tracker is connected yet. Connect GitHub, Linear or Jira to push tickets."));
}

void AccountsDialog::openConnectDialog()
{
    ConnectAccountDialog dialog(m_service, m_network, this);
    if (m_hook)
        m_hook(&dialog);
    if (dialog.exec() == QDialog::Accepted && dialog.connectedAccount())
        m_message->setText(tr("Connected %1 as %2.")
                               .arg(platformDisplayName(dialog.connectedAccount()->platform),
                                    dialog.connectedAccount()->accountName));
    refresh();
}

void AccountsDialog::disconnectSelected()
{
    QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const QString id = item->data(0, Qt::UserRole).toString();
    const QString name = item->text(1);
    m_disconnect->setEnabled(false);
    m_message->setText(tr("Disconnecting %1…").arg(name));
    m_service.disconnect(id, [this, name](Status done) {
        m_message->setText(done ? tr("Disconnected %1; its tokens were removed from the keychain.").arg(name)
                                : tr("Could not disconnect %1: %2").arg(name, done.error().message));
        refresh();
    });
}

} // namespace docket
