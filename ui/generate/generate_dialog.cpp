#include "generate_dialog.h"

#include "items/block_list_model.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace docket {

namespace {
// The block types a generator turns into tickets or notes. Acceptance criteria are not listed:
// they always travel with the item they belong to.
const QList<BlockType> kTicketBlockTypes{BlockType::UserStory, BlockType::Requirement, BlockType::Solution,
                                         BlockType::OpenQuestion, BlockType::Risk};
} // namespace

GenerateDialog::GenerateDialog(QWidget *parent)
    : QDialog(parent)
    , m_generator(new QComboBox(this))
    , m_blockTypes(new QListWidget(this))
    , m_ticketCount(new QSpinBox(this))
    , m_maxTickets(new QSpinBox(this))
    , m_baseUrl(new QLineEdit(this))
    , m_model(new QLineEdit(this))
    , m_apiKey(new QLineEdit(this))
    , m_rememberKey(new QCheckBox(tr("&Remember the key in the system keychain"), this))
    , m_remoteOptions(new QGroupBox(tr("Model server"), this))
{
    setObjectName(QStringLiteral("generateDialog"));
    setWindowTitle(tr("Generate Ticket Drafts"));

    m_generator->setObjectName(QStringLiteral("generatorCombo"));
    m_generator->addItem(tr("Built-in rules (offline)"), QStringLiteral("rules"));
    m_generator->addItem(tr("Ollama"), QStringLiteral("ollama"));
    m_generator->addItem(tr("OpenAI-compatible endpoint"), QStringLiteral("openai"));
    m_generator->addItem(tr("TaskForge service"), QStringLiteral("taskforge"));

    m_blockTypes->setObjectName(QStringLiteral("blockTypeList"));
    m_blockTypes->setAccessibleName(tr("Block types to generate from"));
    for (BlockType type : kTicketBlockTypes) {
        auto *item =
            new QListWidgetItem(BlockListModel::icon(type), BlockListModel::displayName(type), m_blockTypes);
        item->setData(Qt::UserRole, int(type));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    m_blockTypes->setMaximumHeight(m_blockTypes->sizeHintForRow(0) * int(kTicketBlockTypes.size() + 1));

    m_ticketCount->setRange(0, 500);
    m_ticketCount->setSpecialValueText(tr("Let the model decide"));
    m_maxTickets->setRange(0, 2000);
    m_maxTickets->setSpecialValueText(tr("No limit"));
    m_baseUrl->setObjectName(QStringLiteral("baseUrlEdit"));
    m_model->setObjectName(QStringLiteral("modelEdit"));
    m_apiKey->setObjectName(QStringLiteral("apiKeyEdit"));
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_apiKey->setPlaceholderText(tr("Empty: the key kept in the keychain for this server, if any"));
    m_rememberKey->setObjectName(QStringLiteral("rememberKeyCheck"));

    auto *remoteForm = new QFormLayout(m_remoteOptions);
    remoteForm->addRow(tr("&Server URL:"), m_baseUrl);
    remoteForm->addRow(tr("&Model:"), m_model);
    remoteForm->addRow(tr("API &key:"), m_apiKey);
    remoteForm->addRow(QString(), m_rememberKey);
    remoteForm->addRow(tr("Ticket count &hint:"), m_ticketCount);
    remoteForm->addRow(tr("Ma&ximum tickets:"), m_maxTickets);

    auto *form = new QFormLayout;
    form->addRow(tr("&Generator:"), m_generator);
    auto *typesLabel = new QLabel(tr("Generate from these &blocks:"), this);
    typesLabel->setBuddy(m_blockTypes);
    form->addRow(typesLabel);
    form->addRow(m_blockTypes);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Generate"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_remoteOptions);
    layout->addWidget(buttons);

    connect(m_generator, &QComboBox::currentIndexChanged, this, &GenerateDialog::updateForGenerator);
    updateForGenerator();
}

void GenerateDialog::updateForGenerator()
{
    const QString id = m_generator->currentData().toString();
    m_remoteOptions->setVisible(id != QLatin1String("rules"));
    m_baseUrl->setPlaceholderText(GeneratorSettings::defaultBaseUrl(id).toString());
    m_model->setPlaceholderText(GeneratorSettings::defaultModel(id));
    m_model->setEnabled(id != QLatin1String("taskforge"));
    adjustSize();
}

void GenerateDialog::setSettings(const GeneratorSettings &settings)
{
    const int index = m_generator->findData(settings.generatorId);
    m_generator->setCurrentIndex(index >= 0 ? index : 0);
    m_baseUrl->setText(settings.baseUrl.toString());
    m_model->setText(settings.model);
    m_apiKey->setText(settings.apiKey);
}

GeneratorSettings GenerateDialog::settings() const
{
    GeneratorSettings settings;
    settings.generatorId = m_generator->currentData().toString();
    const QString url = m_baseUrl->text().trimmed();
    settings.baseUrl = url.isEmpty() ? GeneratorSettings::defaultBaseUrl(settings.generatorId) : QUrl(url);
    settings.model = m_model->text().trimmed().isEmpty()
                         ? GeneratorSettings::defaultModel(settings.generatorId)
                         : m_model->text().trimmed();
    settings.apiKey = m_apiKey->text();
    return settings;
}

bool GenerateDialog::rememberKey() const
{
    return m_rememberKey->isChecked() && !m_apiKey->text().isEmpty();
}

QList<BlockType> GenerateDialog::includedBlockTypes() const
{
    QList<BlockType> types;
    for (int row = 0; row < m_blockTypes->count(); ++row) {
        const QListWidgetItem *item = m_blockTypes->item(row);
        if (item->checkState() == Qt::Checked)
            types.append(BlockType(item->data(Qt::UserRole).toInt()));
    }
    if (types.size() == m_blockTypes->count())
        return {}; // everything: no filter
    // Headings give the epics and criteria belong to their items: both stay whenever the PM filters.
    types.append(BlockType::Heading);
    types.append(BlockType::AcceptanceCriteria);
    return types;
}

int GenerateDialog::ticketCountHint() const
{
    return m_ticketCount->value();
}

int GenerateDialog::maxTicketCount() const
{
    return m_maxTickets->value();
}

} // namespace docket
