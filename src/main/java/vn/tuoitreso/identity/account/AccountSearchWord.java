package vn.tuoitreso.identity.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import org.hibernate.annotations.Immutable;

/**
 * A row of {@link Account}'s search words, mapped on its own only so that the search can be written as
 * {@code a.id in (select w.accountId from AccountSearchWord w where w.word like :word)}: one range of the
 * word index. Written only through {@link Account}.
 */
@Entity
@Immutable
@Table(name = "identity_account_search")
@IdClass(AccountSearchWord.Key.class)
public class AccountSearchWord {

    @Id
    @Column(name = "account_id")
    private long accountId;

    @Id
    @Column(name = "word")
    private String word = "";

    protected AccountSearchWord() {
    }

    /** The composite key: the account and one of its words. */
    public static class Key implements Serializable {

        private long accountId;
        private String word = "";

        protected Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.accountId == accountId && key.word.equals(word);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(accountId, word);
        }
    }
}
