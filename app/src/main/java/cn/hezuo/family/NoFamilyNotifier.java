package cn.hezuo.family;

import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The default {@link FamilyNotifier}: no push channel; a school's own bean replaces it. */
@Configuration
class NoFamilyNotifier {

    @Bean
    @ConditionalOnMissingBean(FamilyNotifier.class)
    FamilyNotifier familyNotifier() {
        return (classId, title, parentAccountIds) -> {
            // nothing to send: parents read notices on their own pages
        };
    }
}
