package vn.tuoitreso.review.results;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import vn.tuoitreso.shared.IdentifiedEntity;

/** A prize won by an idea in a published round, with the accounts on its team at publication (owner first). */
@Entity
@Table(name = "review_award")
public class Award extends IdentifiedEntity {

    public static final int PRIZE_MAX_LENGTH = 200;

    @Column(name = "publication_id")
    private long publicationId;

    @Column(name = "submission_id")
    private long submissionId;

    private String code = "";

    private String title = "";

    @Column(name = "category_name")
    private String categoryName = "";

    private int place;

    private String prize = "";

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "review_award_member", joinColumns = @JoinColumn(name = "award_id"))
    @OrderColumn(name = "position")
    private List<Member> members = new ArrayList<>();

    protected Award() {
    }

    public Award(long publicationId, long submissionId, String code, String title, String categoryName, int place,
            String prize, List<Member> members) {
        this.publicationId = publicationId;
        this.submissionId = submissionId;
        this.code = Award.cut(code, 64);
        this.title = Award.cut(title, 500);
        this.categoryName = Award.cut(categoryName, 300);
        this.place = place;
        this.prize = Award.cut(prize, PRIZE_MAX_LENGTH);
        this.members.addAll(members);
    }

    /** A team member with an account, named as at publication. */
    @Embeddable
    public static class Member {

        @Column(name = "account_id")
        private long accountId;

        @Column(name = "full_name")
        private String fullName = "";

        protected Member() {
        }

        public Member(long accountId, String fullName) {
            this.accountId = accountId;
            this.fullName = Award.cut(fullName, 200);
        }

        public long accountId() {
            return accountId;
        }

        public String fullName() {
            return fullName;
        }
    }

    public long publicationId() {
        return publicationId;
    }

    public long submissionId() {
        return submissionId;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public String categoryName() {
        return categoryName;
    }

    public int place() {
        return place;
    }

    public String prize() {
        return prize;
    }

    public List<Member> members() {
        return List.copyOf(members);
    }

    static String cut(String text, int max) {
        String s = text.strip();
        return s.length() > max ? s.substring(0, max) : s;
    }
}
