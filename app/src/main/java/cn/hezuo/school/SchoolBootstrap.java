package cn.hezuo.school;

import cn.hezuo.account.AccountService;
import cn.hezuo.account.IssuedPassword;
import cn.hezuo.account.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A real deployment's first start: one school and one admin who must change the logged password. */
@Component
class SchoolBootstrap {

    private static final Logger log = LoggerFactory.getLogger(SchoolBootstrap.class);

    private final SchoolRepository schools;
    private final AccountService accounts;
    private final String schoolName;

    SchoolBootstrap(SchoolRepository schools, AccountService accounts,
                    @Value("${hezuo.school-name:我的学校}") String schoolName) {
        this.schools = schools;
        this.accounts = accounts;
        this.schoolName = schoolName;
    }

    @Transactional
    public void createFirstSchool() {
        School school = schools.save(new School(schoolName));
        IssuedPassword admin = accounts.create(school.getId(), "admin", Role.ADMIN, "管理员");
        log.warn("First start: school '{}' created. Log in as 'admin' with initial password {} and change it.",
                schoolName, admin.password());
    }
}
