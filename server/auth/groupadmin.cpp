// Group and rights administration, built-in groups, sign-in settings (see groupadmin.h).
#include "groupadmin.h"

#include "authevents.h"
#include "rightscatalogue.h"
#include "signin.h"
#include "userstore.h"
#include "server/store/database.h"
#include "server/core/dates.h"
#include "shared/api/errorcode.h"

namespace kikan::auth {

namespace {
QString groupSubject(qint64 id)
{
    return QStringLiteral("group:%1").arg(id);
}

QStringList groupRights(QSqlDatabase db, qint64 groupId)
{
    QStringList out;
    QSqlQuery q = store::exec(db, QStringLiteral("SELECT area, action FROM group_rights "
                                                 "WHERE group_id = ? ORDER BY area, action"),
                              {groupId});
    while (q.next())
        out.append(q.value(0).toString() + QLatin1Char(':') + q.value(1).toString());
    return out;
}

[[noreturn]] void nameTaken(const QString &name)
{
    throw core::Failure(api::err::AlreadyExists,
                         QStringLiteral("グループ「%1」はすでにあります。").arg(name));
}

// The groups every town starts with (docs/auth.md).
struct BuiltInGroup {
    const char *name;
    const char *description;
    QStringList rights;
};
const QList<BuiltInGroup> &builtInGroups()
{
    static const QList<BuiltInGroup> groups = {
        {"システム管理者", "職員・グループ・権限の管理とログの照会",
         {QStringLiteral("admin:administer"), QStringLiteral("audit:view")}},
        {"窓口職員", "住民記録の照会・更新・証明書発行・印刷",
         {QStringLiteral("resident:view"), QStringLiteral("resident:update"),
          QStringLiteral("resident:issue"), QStringLiteral("resident:print")}},
        // 出納室 (docs/revenue.md "Rights"): 収納・消込・口座振替 and the accounts they debit.
        {"出納室職員", "収納管理の照会・収納・消込・印刷と口座管理の照会・更新",
         {QStringLiteral("revenue:view"), QStringLiteral("revenue:update"), QStringLiteral("revenue:print"),
          QStringLiteral("bank_account:view"), QStringLiteral("bank_account:update")}},
    };
    return groups;
}
} // namespace

QJsonArray listGroups(QSqlDatabase db)
{
    QJsonArray out;
    QSqlQuery q = store::exec(db, QStringLiteral(
        "SELECT g.id, g.name, g.description, g.version, "
        "(SELECT COUNT(*) FROM user_groups m WHERE m.group_id = g.id) "
        "FROM staff_groups g ORDER BY g.name"));
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        out.append(QJsonObject{
            {QStringLiteral("id"), id},
            {QStringLiteral("name"), q.value(1).toString()},
            {QStringLiteral("description"), q.value(2).toString()},
            {QStringLiteral("version"), q.value(3).toInt()},
            {QStringLiteral("memberCount"), q.value(4).toInt()},
            {QStringLiteral("rights"), QJsonArray::fromStringList(groupRights(db, id))},
        });
    }
    return out;
}

GroupAdmin::GroupAdmin(core::ServerContext &context, audit::AuditEntry actor)
    : m_context(context), m_log(context, std::move(actor))
{
}

qint64 GroupAdmin::create(const GroupInput &in)
{
    return m_log.record(event::GroupCreate,
                        {{}, {{QStringLiteral("name"), in.name},
                              {QStringLiteral("rights"), QJsonArray::fromStringList(in.rights)}}},
                        [&](Change &change) {
        checkInput(in);
        store::Transaction tx(m_context.database);
        if (idOf(in.name) != 0)
            nameTaken(in.name);
        const qint64 id = store::insertReturningId(
            tx.db(), QStringLiteral("INSERT INTO staff_groups (name, description, created_at) "
                                    "VALUES (?, COALESCE(?, ''), ?) RETURNING id"),
            {in.name, in.description, core::timestamp(m_context.clock.now())});
        setRights(tx.db(), id, in.rights);
        m_log.commit(tx, change);
        change.subject = groupSubject(id);
        return id;
    });
}

void GroupAdmin::update(qint64 id, const GroupInput &in, int version)
{
    m_log.record(event::GroupUpdate,
                 {groupSubject(id), {{QStringLiteral("name"), in.name},
                                     {QStringLiteral("rights"),
                                      QJsonArray::fromStringList(in.rights)}}},
                 [&](Change &change) {
        checkInput(in);
        store::Transaction tx(m_context.database);
        const qint64 sameName = idOf(in.name);
        if (sameName != 0 && sameName != id)
            nameTaken(in.name);
        QSqlQuery q = store::exec(tx.db(), QStringLiteral("SELECT version FROM staff_groups "
                                                          "WHERE id = ?"), {id});
        if (!q.next())
            throw core::Failure(api::err::NotFound);
        if (q.value(0).toInt() != version)
            throw core::Failure(api::err::Conflict);
        q.finish();
        store::exec(tx.db(),
                    QStringLiteral("UPDATE staff_groups SET name = ?, "
                                   "description = COALESCE(?, ''), "
                                            "version = version + 1 WHERE id = ?"),
                    {in.name, in.description, id});
        setRights(tx.db(), id, in.rights);
        m_log.commit(tx, change);
    });
}

void GroupAdmin::remove(qint64 id, std::optional<int> version)
{
    m_log.record(event::GroupDelete, {groupSubject(id), {}}, [&](Change &change) {
        store::Transaction tx(m_context.database);
        QSqlQuery q = store::exec(tx.db(), QStringLiteral("SELECT version, name FROM staff_groups "
                                                          "WHERE id = ?"), {id});
        if (!q.next())
            throw core::Failure(api::err::NotFound);
        if (version && q.value(0).toInt() != *version)
            throw core::Failure(api::err::Conflict);
        change.detail.insert(QStringLiteral("name"), q.value(1).toString());
        q.finish();
        store::exec(tx.db(), QStringLiteral("DELETE FROM group_rights WHERE group_id = ?"), {id});
        store::exec(tx.db(), QStringLiteral("DELETE FROM user_groups WHERE group_id = ?"), {id});
        store::exec(tx.db(), QStringLiteral("DELETE FROM staff_groups WHERE id = ?"), {id});
        m_log.commit(tx, change);
    });
}

void GroupAdmin::setPasswordSignIn(bool enabled)
{
    m_log.record(event::SettingsUpdate,
                 {QStringLiteral("settings"), {{QStringLiteral("passwordSignIn"), enabled}}},
                 [&](Change &change) {
        store::Transaction tx(m_context.database);
        storePasswordSignIn(tx.db(), enabled, m_context.clock.now());
        m_log.commit(tx, change);
    });
}

int GroupAdmin::ensureBuiltInGroups()
{
    int created = 0;
    for (const BuiltInGroup &g : builtInGroups()) {
        if (idOf(QString::fromUtf8(g.name)) != 0)
            continue;
        create({QString::fromUtf8(g.name), QString::fromUtf8(g.description), g.rights});
        ++created;
    }
    return created;
}

qint64 GroupAdmin::idOf(const QString &name)
{
    QSqlQuery q = store::exec(m_context.database.connection(),
                              QStringLiteral("SELECT id FROM staff_groups WHERE name = ?"),
                              {name});
    return q.next() ? q.value(0).toLongLong() : 0;
}

void GroupAdmin::checkInput(const GroupInput &in)
{
    if (in.name.trimmed().isEmpty() || in.name.size() > 100) {
        throw core::Failure::invalidField(QStringLiteral("name"),
                                           QStringLiteral("グループ名は1〜100文字で入力してください。"));
    }
    for (const QString &right : in.rights) {
        if (!RightsCatalogue::instance().isKnown(right)) {
            throw core::Failure::invalidField(
                QStringLiteral("rights"),
                QStringLiteral("権限「%1」は権限の一覧にありません。").arg(right));
        }
    }
}

void GroupAdmin::setRights(QSqlDatabase db, qint64 groupId, const QStringList &rights)
{
    store::exec(db, QStringLiteral("DELETE FROM group_rights WHERE group_id = ?"), {groupId});
    QStringList unique = rights;
    unique.removeDuplicates();
    for (const QString &right : unique) {
        store::exec(db, QStringLiteral("INSERT INTO group_rights (group_id, area, action) "
                                       "VALUES (?, ?, ?)"),
                    {groupId, right.section(QLatin1Char(':'), 0, 0),
                     right.section(QLatin1Char(':'), 1)});
    }
}

} // namespace kikan::auth
