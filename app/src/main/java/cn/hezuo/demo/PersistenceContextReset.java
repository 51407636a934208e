package cn.hezuo.demo;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.springframework.stereotype.Component;

/**
 * Empties the demo load's persistence context. The whole load is one transaction, and Hibernate dirty-checks every
 * entity it manages before each query (auto flush), so a context that keeps every row the demo wrote makes the load
 * quadratic. The loader calls this after each class and each part; parts pass ids, never entities, to each other.
 */
@Component
class PersistenceContextReset {

    @PersistenceContext
    private EntityManager entityManager;

    void flushAndClear() {
        entityManager.flush();
        entityManager.clear();
    }
}
