package cn.hezuo.mutualhelp.resources;

import cn.hezuo.system.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A shared note, 错题 collection or file. A student's resource belongs to their group ({@code groupId}) and is seen by
 * the group only or by the whole class; a teacher's belongs to the class (no group). The file's bytes are in
 * {@code mh_resource_file}.
 */
@Entity
@Table(name = "mh_resource")
class SharedResource extends BaseEntity {

    enum Visibility { GROUP, CLASS }

    enum Kind { NOTE, MISTAKES, FILE }

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(name = "class_id", nullable = false)
    private Long classId;

    @Column(name = "group_id")
    private Long groupId;

    @Column(name = "group_no")
    private Integer groupNo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Visibility visibility;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Kind kind;

    @Column(nullable = false, length = 80)
    private String title;

    @Column(length = 2000)
    private String note;

    @Column(name = "file_name", length = 255)
    private String fileName;

    @Column(name = "content_type", length = 120)
    private String contentType;

    @Column(name = "size_bytes")
    private Integer sizeBytes;

    @Column(name = "student_id")
    private Long studentId;

    @Column(nullable = false, length = 64)
    private String author;

    @Column(nullable = false)
    private boolean removed;

    @Column(name = "removed_by", length = 64)
    private String removedBy;

    @Column(name = "removed_at")
    private Instant removedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SharedResource() {
    }

    /** Where a resource is and who shared it. */
    record Owner(long schoolId, long classId, Long groupId, Integer groupNo, Long studentId, String author) {
    }

    /** A file kept with a resource: its cleaned name, checked type and size. */
    record FileInfo(String name, String contentType, int size) {
    }

    SharedResource(Owner owner, Visibility visibility, Kind kind, String title, String note, FileInfo file,
                   Instant createdAt) {
        this.schoolId = owner.schoolId();
        this.classId = owner.classId();
        this.groupId = owner.groupId();
        this.groupNo = owner.groupNo();
        this.studentId = owner.studentId();
        this.author = owner.author();
        this.visibility = visibility;
        this.kind = kind;
        this.title = title;
        this.note = note;
        if (file != null) {
            this.fileName = file.name();
            this.contentType = file.contentType();
            this.sizeBytes = file.size();
        }
        this.createdAt = createdAt;
    }

    void remove(String by, Instant at) {
        this.removed = true;
        this.removedBy = by;
        this.removedAt = at;
    }

    boolean isImage() {
        return contentType != null && contentType.startsWith("image/");
    }

    boolean hasFile() {
        return fileName != null;
    }

    Long getSchoolId() {
        return schoolId;
    }

    Long getClassId() {
        return classId;
    }

    Long getGroupId() {
        return groupId;
    }

    Integer getGroupNo() {
        return groupNo;
    }

    Visibility getVisibility() {
        return visibility;
    }

    Kind getKind() {
        return kind;
    }

    String getTitle() {
        return title;
    }

    String getNote() {
        return note;
    }

    String getFileName() {
        return fileName;
    }

    String getContentType() {
        return contentType;
    }

    Integer getSizeBytes() {
        return sizeBytes;
    }

    Long getStudentId() {
        return studentId;
    }

    String getAuthor() {
        return author;
    }

    boolean isRemoved() {
        return removed;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
