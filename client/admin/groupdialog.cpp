// GroupDialog: the matrix rows follow allAreas(), the columns allActions() (my_number last).
#include "groupdialog.h"

#include "saverecord.h"

#include "client/module/areas.h"
#include "client/app/buttons.h"
#include "client/net/apiclient.h"
#include "shared/api/endpoints.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kikan::client {

GroupDialog::GroupDialog(ApiClient *api, const QJsonObject &group, QWidget *parent)
    : QDialog(parent), m_api(api), m_group(group)
{
    setWindowTitle(group.isEmpty() ? tr("New group") : tr("Edit group"));
    m_name = new QLineEdit(group.value(QStringLiteral("name")).toString(), this);
    m_description = new QLineEdit(group.value(QStringLiteral("description")).toString(), this);
    auto *form = new QFormLayout;
    form->addRow(tr("Group name:"), m_name);
    form->addRow(tr("Description:"), m_description);

    const QList<AreaInfo> &areas = allAreas();
    const QList<ActionInfo> &actions = allActions();
    m_matrix = new QTableWidget(int(areas.size()), int(actions.size()), this);
    QStringList headers;
    for (const ActionInfo &a : actions)
        headers << a.name();
    m_matrix->setHorizontalHeaderLabels(headers);
    QStringList rows;
    for (const AreaInfo &a : areas)
        rows << a.name();
    m_matrix->setVerticalHeaderLabels(rows);
    const QColor apart(255, 243, 224); // the My Number column stands out
    for (int r = 0; r < areas.size(); ++r) {
        for (int c = 0; c < actions.size(); ++c) {
            auto *item = new QTableWidgetItem;
            item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            item->setCheckState(Qt::Unchecked);
            if (actions[c].code == QLatin1String("my_number"))
                item->setBackground(apart);
            m_matrix->setItem(r, c, item);
        }
    }
    m_matrix->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_matrix->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_matrix->setEditTriggers(QAbstractItemView::NoEditTriggers);

    QSet<QString> granted;
    for (const QJsonValue &v : group.value(QStringLiteral("rights")).toArray())
        granted.insert(v.toString());
    setRights(granted);

    auto *note = new QLabel(tr("The last column, View My Number, lets members see My Numbers "
                               "in that area. Grant it only to staff whose work needs it."),
                            this);
    note->setWordWrap(true);
    m_error = makeErrorLabel(this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_matrix, 1);
    layout->addWidget(note);
    layout->addWidget(m_error);
    addOkCancelButtons(this, layout, [this] { submit(); });
    resize(860, 660);
}

QSet<QString> GroupDialog::rights() const
{
    QSet<QString> out;
    const QList<AreaInfo> &areas = allAreas();
    const QList<ActionInfo> &actions = allActions();
    for (int r = 0; r < areas.size(); ++r) {
        for (int c = 0; c < actions.size(); ++c) {
            if (m_matrix->item(r, c)->checkState() == Qt::Checked)
                out.insert(areas[r].code + QLatin1Char(':') + actions[c].code);
        }
    }
    return out;
}

void GroupDialog::setRights(const QSet<QString> &rights)
{
    const QList<AreaInfo> &areas = allAreas();
    const QList<ActionInfo> &actions = allActions();
    for (int r = 0; r < areas.size(); ++r) {
        for (int c = 0; c < actions.size(); ++c) {
            const bool on = rights.contains(areas[r].code + QLatin1Char(':') + actions[c].code);
            m_matrix->item(r, c)->setCheckState(on ? Qt::Checked : Qt::Unchecked);
        }
    }
}

void GroupDialog::submit()
{
    QStringList list = rights().values();
    list.sort();
    const QJsonObject body{{QStringLiteral("name"), m_name->text().trimmed()},
                     {QStringLiteral("description"), m_description->text().trimmed()},
                     {QStringLiteral("rights"), QJsonArray::fromStringList(list)}};
    ApiReply *r = saveRecord(m_api, api::path::Groups, m_group, body);
    connect(r, &ApiReply::finished, this, [this, r] {
        if (r->ok())
            return accept();
        m_error->setText(r->error().message());
        m_error->show();
    });
}

} // namespace kikan::client
