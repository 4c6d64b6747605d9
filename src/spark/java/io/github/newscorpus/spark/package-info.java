/**
 * Reads newscorpus corpora on Apache Spark: a job that checks every article of a directory of
 * JSON Lines shards and counts quotes and mentions per corpus entity, listing every line it
 * rejects ({@code ShardJob}), and the quotes and mentions as rows for SQL ({@code ArticleRows}).
 * Built and tested only in the {@code spark} profile; no project that depends on newscorpus gets
 * Spark.
 */
package io.github.newscorpus.spark;
